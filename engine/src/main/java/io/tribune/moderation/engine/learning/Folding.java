package io.tribune.moderation.engine.learning;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds one char for the classifier: compatibility decomposition (NFKD, a superset of what NFKC unifies),
 * diacritics dropped, lower case, every digit to {@code 0}, and the usual Arabic letter variants unified.
 * Each char is worked out once and remembered, so that featurising calls no normaliser for known letters.
 */
final class Folding {

    /** The char is not part of a word. */
    static final char SEPARATOR = '\uFFFF';

    /** The char folds to more than one char: ask {@link #expand(char)}. */
    static final char EXPANDS = '\uFFFE';

    /** Not yet worked out: entries are filled on first sight (racing threads write the same value). */
    private static final char UNKNOWN = '\uFFFD';

    private static final char[] TABLE = buildTable();

    private Folding() {}

    /** The folded char, {@link #SEPARATOR} or {@link #EXPANDS}; surrogates count as separators here. */
    static char fold(char c) {
        char folded = TABLE[c];
        if (folded == UNKNOWN) {
            folded = entry(c);
            TABLE[c] = folded;
        }
        return folded;
    }

    /** The chars a {@link #EXPANDS} char folds to, e.g. the ligature {@code ﬁ} to {@code fi}. */
    static String expand(char c) {
        return foldedForm(c);
    }

    private static char[] buildTable() {
        char[] table = new char[0x10000];
        Arrays.fill(table, UNKNOWN);
        for (char c = 0; c < 0x80; c++) {
            table[c] = entry(c);
        }
        return table;
    }

    private static char entry(char c) {
        if (c < 0x80) {
            if (c >= '0' && c <= '9') {
                return '0';
            }
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c >= 'a' && c <= 'z' ? c : SEPARATOR;
        }
        if (Character.isSurrogate(c) || c == UNKNOWN) {
            return SEPARATOR;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
            return 0; // diacritics and the Arabic tatweel vanish without breaking the word
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        String folded = foldedForm(c);
        if (folded.isEmpty()) {
            return 0;
        }
        return folded.length() == 1 ? folded.charAt(0) : EXPANDS;
    }

    private static String foldedForm(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isDigit(d)) {
                out.append('0');
            } else if (Character.isLetter(d)) {
                out.append(arabicVariant(Character.toLowerCase(d)));
            }
        }
        return out.toString();
    }

    private static char arabicVariant(char c) {
        return switch (c) {
            case '\u0649' -> '\u064A'; // alef maksura -> yeh
            case '\u0629' -> '\u0647'; // teh marbuta -> heh
            case '\u0671' -> '\u0627'; // alef wasla -> alef
            default -> c;
        };
    }
}
