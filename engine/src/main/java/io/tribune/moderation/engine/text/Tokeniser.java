package io.tribune.moderation.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into word tokens: runs of letters, digits, leetspeak symbols and masks.
 * Apostrophes and hyphens split words; a run of three or more single characters spaced by blanks,
 * dots, dashes or underscores ({@code f.u.c.k}, {@code f u c k}, {@code F_u c_K}) becomes one word.
 */
final class Tokeniser {

    private static final int MAX_WORD = 64;
    private static final int MIN_SPACED_RUN = 3;

    private Tokeniser() {}

    static List<Token> tokens(NormalisedText normalised) {
        String text = normalised.text();
        List<int[]> pieces = pieces(text);
        List<Token> tokens = new ArrayList<>(pieces.size());
        int sentence = 0;
        int previousEnd = 0;
        int i = 0;
        while (i < pieces.size()) {
            int run = spacedRun(text, pieces, i);
            int from = pieces.get(i)[0];
            int to;
            String raw;
            boolean joined = run >= MIN_SPACED_RUN;
            if (joined) {
                StringBuilder letters = new StringBuilder(run);
                for (int k = i; k < i + run; k++) {
                    letters.append(text.charAt(pieces.get(k)[0]));
                }
                raw = letters.toString();
                to = pieces.get(i + run - 1)[1];
                i += run;
            } else {
                to = pieces.get(i)[1];
                raw = text.substring(from, Math.min(to, from + MAX_WORD));
                i++;
            }
            if (endsSentence(text, previousEnd, from) && !tokens.isEmpty()) {
                sentence++;
            }
            previousEnd = to;
            Spellings.Reading reading = Spellings.of(raw, joined);
            int start = normalised.originalStart(from);
            int end = normalised.originalEnd(to - 1);
            List<String> forms = reading.forms();
            for (String extra : extraReadings(normalised.original(), start, end, raw, reading)) {
                if (!forms.contains(extra)) {
                    forms = new ArrayList<>(forms);
                    forms.add(extra);
                }
            }
            tokens.add(new Token(
                    reading.text(),
                    forms,
                    reading.squeezed(),
                    start,
                    end,
                    from,
                    to,
                    sentence,
                    reading.masked(),
                    reading.word(),
                    reading.script()));
        }
        return tokens;
    }

    /**
     * Readings that folding loses: a word written upside down, a sharp s standing for a B
     * ({@code ßitch}, which folding turns into ss), a name with a number tacked on ({@code bigknob69}).
     */
    private static List<String> extraReadings(
            String original, int start, int end, String raw, Spellings.Reading reading) {
        List<String> extra = new ArrayList<>(2);
        if (!reading.word()) {
            return extra;
        }
        String upright = UpsideDown.reading(original, start, end);
        if (upright != null) {
            extra.add(upright);
        }
        int sharp = original.indexOf('ß', start);
        if (sharp >= 0 && sharp < end && end - start <= MAX_WORD) {
            StringBuilder asB = new StringBuilder(end - start);
            for (int i = start; i < end; ) {
                int cp = original.codePointAt(i);
                i += Character.charCount(cp);
                String folded = cp == 'ß' ? "b" : CharFolding.fold(cp);
                for (int k = 0; k < folded.length(); k++) {
                    if (isWordChar(folded.charAt(k))) {
                        asB.append(folded.charAt(k));
                    }
                }
            }
            if (!asB.isEmpty()) {
                extra.addAll(Spellings.of(asB.toString(), false).forms());
            }
        }
        int letters = raw.length();
        while (letters > 0 && Character.isDigit(raw.charAt(letters - 1))) {
            letters--;
        }
        if (letters >= 3
                && letters < raw.length()
                && raw.substring(0, letters).chars().allMatch(Character::isLetter)) {
            extra.addAll(Spellings.of(raw.substring(0, letters), false).forms());
        }
        return extra;
    }

    /** The [from, to) ranges of the raw words, trimmed of emphasis marks and trailing exclamation marks. */
    private static List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            int start = from;
            int to = i;
            if (isMask(text.charAt(from)) && !hidesFirstLetters(text, from, to)) {
                while (from < to && isMask(text.charAt(from))) {
                    from++;
                }
                while (to > from && isMask(text.charAt(to - 1))) {
                    to--;
                }
            }
            while (from < to && text.charAt(from) == '!') {
                from++;
            }
            while (to > from && text.charAt(to - 1) == '!') {
                to--;
            }
            if (from < to && (hasLetterOrDigit(text, from, to) || to - from >= 3)) {
                pieces.add(new int[] {from, to});
            } else if (isLoneMask(text, start, i)) {
                // f # g g o t: a lone star between spaced letters hides one of them
                pieces.add(new int[] {start, i});
            }
        }
        return pieces;
    }

    /** How many single-character pieces from {@code start} on are spaced by one and the same separator. */
    private static int spacedRun(String text, List<int[]> pieces, int start) {
        if (!isSingle(pieces.get(start))) {
            return 1;
        }
        int run = 1;
        for (int k = start + 1; k < pieces.size() && isSingle(pieces.get(k)) && run < MAX_WORD; k++) {
            int gapFrom = pieces.get(k - 1)[1];
            int gapTo = pieces.get(k)[0];
            if (gapTo - gapFrom > 3 || gapTo == gapFrom) {
                break;
            }
            if (!isSpacer(text, gapFrom, gapTo)) {
                break;
            }
            if (Character.isDigit(text.charAt(gapFrom - 1)) && Character.isDigit(text.charAt(gapTo))) {
                // two digits in a row are a number (a score 6-0, a date 1/2), not letters spelled out
                break;
            }
            run++;
        }
        return run;
    }

    /** Whether a gap between single characters only spaces them: blanks, dots, dashes, underscores. */
    private static boolean isSpacer(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || !(c == ' ' || c == '.' || c == '-' || c == '_' || c == '/' || c == '\\' || c == '~' || c == ','
                            || c == '\t' || c == '\'' || c == '^' || c == '=' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingle(int[] piece) {
        return piece[1] - piece[0] == 1;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '؟' || c == '。') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return !Character.isSurrogate(c);
        }
        return switch (c) {
            case '@', '$', '!', '¡', '|', '+', '€', '¢', '£', '¥', '*', '#', '%', '^', '&', '<' -> true;
            default -> false;
        };
    }

    /**
     * Whether a word's leading stars hide its first letters ({@code *ss}, {@code &ss}, {@code **ck}) rather
     * than emphasise it ({@code *really*}): one or two stars or ampersands, a letter next, no mask at the end.
     */
    private static boolean hidesFirstLetters(String text, int from, int to) {
        int run = 0;
        while (from + run < to && (text.charAt(from + run) == '*' || text.charAt(from + run) == '&')) {
            run++;
        }
        return run >= 1
                && run <= 2
                && from + run < to
                && Character.isLetter(text.charAt(from + run))
                && !isMask(text.charAt(to - 1));
    }

    /** Whether a piece is one mask char standing alone between blanks. */
    private static boolean isLoneMask(String text, int from, int to) {
        return to - from == 1
                && isMask(text.charAt(from))
                && from > 0
                && to < text.length()
                && text.charAt(from - 1) == ' '
                && text.charAt(to) == ' ';
    }

    private static boolean isMask(char c) {
        return c == '*' || c == '#' || c == '%' || c == '^' || c == '&';
    }
}
