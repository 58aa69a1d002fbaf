package io.tribune.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A comment's text cut into plain and marked pieces, the marked ones being the evidence spans of its
 * decision, so a template can show the text escaped with the evidence highlighted. Spans outside the
 * text (the text changed since), empty or overlapping are clipped and merged.
 */
public record Highlight(List<Piece> pieces) {

    /** A stretch of the text; {@code term} is what the evidence matched, for marked pieces. */
    public record Piece(String text, boolean isMarked, String term) {}

    public static Highlight of(String text, List<DecisionRecord.Span> spans) {
        List<DecisionRecord.Span> sorted = new ArrayList<>(spans.stream()
                .filter(s -> s.start() >= 0 && s.end() > s.start() && s.start() < text.length())
                .sorted(Comparator.comparingInt(DecisionRecord.Span::start))
                .toList());
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (DecisionRecord.Span span : sorted) {
            int start = Math.max(span.start(), at);
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            start = safe(text, start);
            end = safe(text, end);
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), false, null));
            }
            if (end > start) {
                pieces.add(new Piece(text.substring(start, end), true, span.term()));
            }
            at = Math.max(at, end);
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false, null));
        }
        return new Highlight(pieces);
    }

    /** Never cuts a surrogate pair in two. */
    private static int safe(String text, int index) {
        if (index > 0
                && index < text.length()
                && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index - 1;
        }
        return index;
    }
}
