package io.tribune.publishing;

import java.util.List;

/** One page of a chronological list of articles. */
public record Listing(List<ArticleCard> articles, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
