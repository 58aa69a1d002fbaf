package io.tribune.search;

import io.tribune.publishing.NewsroomFinder;
import java.util.List;
import org.springframework.stereotype.Component;

/** The newsroom's choosers answered from the index: any word of an article's text finds it. */
@Component
class NewsroomSearch implements NewsroomFinder {

    private final SearchIndex index;

    NewsroomSearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public List<Long> find(String edition, String typed, int count) {
        return index.suggestByAnyText(edition, typed, count).stream()
                .map(FoundArticle::id)
                .toList();
    }
}
