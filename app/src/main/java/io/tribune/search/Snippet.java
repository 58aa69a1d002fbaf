package io.tribune.search;

import java.util.List;

/**
 * A piece of an article's text with the words that matched the query marked. The parts are plain
 * text: templates escape them and wrap hits in {@code <mark>}, so no markup from an article reaches
 * the page unescaped.
 */
public record Snippet(List<Part> parts) {

    /** A run of text; {@code isHit} when it matched the query. */
    public record Part(String text, boolean isHit) {}

    public static Snippet plain(String text) {
        return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasHits() {
        return parts.stream().anyMatch(Part::isHit);
    }
}
