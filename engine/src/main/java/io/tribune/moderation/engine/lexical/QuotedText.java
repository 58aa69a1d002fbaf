package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.text.Token;

/**
 * Which chars of a normalised text stand inside quotation marks. Straight and curly quotes and
 * guillemets fold to {@code "} and {@code '}; an apostrophe inside a word ({@code it's}) opens nothing.
 */
final class QuotedText {

    /** A text not read for quotations: nothing in it counts as quoted. */
    static final QuotedText NONE = new QuotedText(new boolean[0]);

    private final boolean[] inside;

    private QuotedText(boolean[] inside) {
        this.inside = inside;
    }

    static QuotedText of(String text) {
        int n = text.length();
        boolean[] inside = new boolean[n];
        int doubleOpen = -1;
        int singleOpen = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (doubleOpen < 0) {
                    doubleOpen = i;
                } else {
                    mark(inside, doubleOpen, i);
                    doubleOpen = -1;
                }
            } else if (c == '\'') {
                boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean after = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                if (singleOpen < 0 && !before && after) {
                    singleOpen = i;
                } else if (singleOpen >= 0 && !after && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    mark(inside, singleOpen, i);
                    singleOpen = -1;
                }
            }
        }
        return new QuotedText(inside);
    }

    private static void mark(boolean[] inside, int from, int to) {
        for (int i = from; i <= to; i++) {
            inside[i] = true;
        }
    }

    boolean isQuoted(int index) {
        return index >= 0 && index < inside.length && inside[index];
    }

    /** Whether the words from {@code first} to {@code last} stand inside quotation marks. */
    boolean isQuoted(Token first, Token last) {
        return isQuoted(first.from()) && isQuoted(last.to() - 1);
    }
}
