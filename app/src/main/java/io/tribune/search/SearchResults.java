package io.tribune.search;

import java.util.List;

/**
 * One page of what a search found, best first.
 *
 * @param total how many articles matched; at least that many when {@code isTotalExact} is false
 * @param suggestion the query with its unknown words replaced by the closest known ones, or null
 */
public record SearchResults(List<Hit> hits, long total, boolean isTotalExact, int page, int pages, String suggestion) {

    /** A found article with its headline and a piece of its text, matching words marked. */
    public record Hit(FoundArticle article, Snippet title, Snippet snippet) {}

    public static SearchResults none(int page, String suggestion) {
        return new SearchResults(List.of(), 0, true, page, 1, suggestion);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
