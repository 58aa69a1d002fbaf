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
     * caller knows a letter precedes it. Longer runs are rules or dividers, not masks, and so is a run
     * between two whole words ({@code upset--it}, {@code bus--its}): a typed dash, not hidden letters.
     */
    private static int maskingDashes(String original, int i) {
        int j = i;
        while (j < original.length() && original.charAt(j) == '-' && j - i <= 8) {
            j++;
        }
        int run = j - i;
        boolean masks = run >= 2 && run <= 8 && j < original.length() && Character.isLetter(original.charAt(j));
        return masks && !isDashBetweenWords(original, i, j) ? run : 0;
    }

    /** The fewest letters of the word before a dash run that make the run a dash rather than a mask. */
    private static final int MIN_WORD_BEFORE_DASH = 3;

    /** The fewest letters of the word after a dash run that make the run a dash rather than a mask. */
    private static final int MIN_WORD_AFTER_DASH = 2;

    /**
     * Whether the dashes from {@code from} to {@code to} stand between two whole words: a word of three
     * letters or more before and of two or more after. Masks hide letters inside one word, and leave one
     * or two letters in front ({@code f--k}, {@code sh--ting}, {@code fa--got}) or one behind ({@code bull--t}).
     */
    private static boolean isDashBetweenWords(String original, int from, int to) {
        int before = 0;
        for (int k = from - 1; k >= 0 && Character.isLetter(original.charAt(k)) && before < MIN_WORD_BEFORE_DASH; k--) {
            before++;
        }
        int after = 0;
        for (int k = to;
                k < original.length() && Character.isLetter(original.charAt(k)) && after < MIN_WORD_AFTER_DASH;
                k++) {
            after++;
        }
        return before >= MIN_WORD_BEFORE_DASH && after >= MIN_WORD_AFTER_DASH;
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
