package io.tribune.moderation.engine.text;

import io.tribune.moderation.engine.Analysis;
import java.util.Arrays;
import java.util.List;

/**
 * A text folded for matching (compatibility forms, case, no marks or invisible controls), with a map
 * from every folded char back to the original UTF-16 offsets, and its word tokens. Linear in the
 * length of the text; the map never points inside a surrogate pair.
 */
public final class NormalisedText {

    /** The normalised text of the comment being screened, computed once per screening. */
    public static final Analysis<NormalisedText> OF_COMMENT = screening -> of(screening.text());

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private List<Token> tokens;

    private NormalisedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static NormalisedText of(String original) {
        int length = original.length();
        StringBuilder out = new StringBuilder(length + 16);
        int[] starts = new int[length + 16];
        int[] ends = new int[length + 16];
        int n = 0;
        for (int i = 0; i < length; ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String folded = CharFolding.fold(cp);
            boolean afterLetter = n > 0 && Character.isLetter(out.charAt(n - 1));
            int dashes = afterLetter && cp == '-' ? maskingDashes(original, i) : 0;
            if (dashes > 0) {
                // f---ing: a run of dashes inside a word hides letters as stars would
                folded = "*".repeat(dashes);
                width = 1;
            }
            int drawn = dashes > 0 ? -1 : drawnLetter(original, i, afterLetter);
            if (drawn >= 0) {
                folded = String.valueOf(DRAWN_LETTERS.charAt(drawn));
                width = DRAWN[drawn].length();
            }
            if (n + folded.length() > starts.length) {
                int grown = Math.max(starts.length * 2, n + folded.length());
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            for (int k = 0; k < folded.length(); k++) {
                // each star of a dash run maps to its own dash; other folded chars to their whole source
                starts[n] = dashes > 0 ? i + k : i;
                ends[n] = starts[n] + width;
                n++;
            }
            out.append(folded);
            i += dashes > 0 ? dashes : width;
        }
        return new NormalisedText(original, out.toString(), starts, ends);
    }

    /** Letters drawn with two or three symbols ({@code f()()k}, {@code f[_]ck}, {@code \\/agina}), and the letter. */
    private static final String[] DRAWN = {"()", "[_]", "|_|", "\\/", "|<", "|\\|", "/\\"};

    private static final String DRAWN_LETTERS = "ouuvkna";

    /**
     * The index of the drawn letter that starts at {@code i}, or -1; a drawing only counts next to a
     * letter (after one, or before one), so brackets and slashes in ordinary text stay what they are.
     */
    private static int drawnLetter(String original, int i, boolean afterLetter) {
        char c = original.charAt(i);
        if (c != '(' && c != '[' && c != '|' && c != '\\' && c != '/') {
            return -1;
        }
        for (int d = 0; d < DRAWN.length; d++) {
            String drawing = DRAWN[d];
            if (original.startsWith(drawing, i)) {
                int after = i + drawing.length();
                boolean beforeLetter = after < original.length() && Character.isLetter(original.charAt(after));
                return afterLetter || beforeLetter ? d : -1;
            }
        }
        return -1;
    }

    /**
     * The length of the run of two to eight dashes from {@code i} that a letter follows, or 0; the
     * caller knows a letter precedes it. Longer runs are rules or dividers, not masks.
     */
    private static int maskingDashes(String original, int i) {
        int j = i;
        while (j < original.length() && original.charAt(j) == '-' && j - i <= 8) {
            j++;
        }
        int run = j - i;
        return run >= 2 && run <= 8 && j < original.length() && Character.isLetter(original.charAt(j)) ? run : 0;
    }

    /** The text as the commenter typed it. */
    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text of the first char that folded char {@code index} came from. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** Offset in the original text just after the char that folded char {@code index} came from. */
    public int originalEnd(int index) {
        return ends[index];
    }

    /** The original stretch that folded chars {@code from} (inclusive) to {@code to} (exclusive) came from. */
    public String originalBetween(int from, int to) {
        return original.substring(starts[from], ends[to - 1]);
    }

    /** The word tokens, with their spellings for lexicon look-up, computed on first use. */
    public List<Token> tokens() {
        if (tokens == null) {
            tokens = Tokeniser.tokens(this);
        }
        return tokens;
    }
}
