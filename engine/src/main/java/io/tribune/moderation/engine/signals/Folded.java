package io.tribune.moderation.engine.signals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * A lower-cased copy of a text without accents, Arabic vowel marks or tatweel, that remembers where each
 * of its chars came from, so that a match in the folded text maps back to a span of the original.
 */
final class Folded {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final String text;
    private final int[] origin;
    private final int originalLength;

    private Folded(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static Folded of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) {
                // plain ASCII has nothing to decompose: the common case, kept cheap
                if (out.length() == origin.length - 1) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append((char) fold(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
                i++;
                continue;
            }
            String decomposed = NFD.getDecomposition(cp);
            String base = decomposed == null ? new String(Character.toChars(cp)) : decomposed;
            for (int k = 0; k < base.length(); ) {
                int b = base.codePointAt(k);
                k += Character.charCount(b);
                if (isDropped(b)) {
                    continue;
                }
                int lower = fold(UCharacter.toLowerCase(b));
                for (char c : Character.toChars(lower)) {
                    if (out.length() == origin.length - 1) {
                        origin = Arrays.copyOf(origin, origin.length * 2);
                    }
                    origin[out.length()] = i;
                    out.append(c);
                }
            }
            i += width;
        }
        origin[out.length()] = original.length();
        return new Folded(out.toString(), origin, original.length());
    }

    String text() {
        return text;
    }

    /** Start offset in the original text of the folded char at {@code index}. */
    int start(int index) {
        return index >= text.length() ? originalLength : origin[index];
    }

    /** End offset in the original text of a folded match ending before {@code index}. */
    int end(int index) {
        if (index <= 0) {
            return 0;
        }
        if (index >= text.length()) {
            return originalLength;
        }
        return origin[index] > origin[index - 1] ? origin[index] : origin[index - 1] + 1;
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        // combining accents, Arabic harakat, tatweel, zero-width and bidi controls
        return type == Character.NON_SPACING_MARK || cp == 0x0640 || type == Character.FORMAT;
    }

    private static int fold(int cp) {
        return switch (cp) {
            case '\u2019', '\u02bc', '`' -> '\'';
            // Arabic letters written interchangeably: ta marbuta and ha, alif maqsura and ya
            case '\u0629' -> '\u0647';
            case '\u0649' -> '\u064a';
            default -> cp;
        };
    }
}
