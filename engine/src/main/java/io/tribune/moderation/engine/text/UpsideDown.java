package io.tribune.moderation.engine.text;

/**
 * Text written upside down ({@code ʇᴉɥs} for {@code shit}): letters turned by half a circle and written
 * in reverse. A word that uses one of the turned letters that plain text never needs gets a reading
 * turned back the right way up.
 */
final class UpsideDown {

    /** Turned letters, and the letter each is read as; ordinary letters that turn into another follow. */
    private static final String TURNED = "ɐɔǝɟƃɓɥᴉɾʞɯɹʇʌʍʎןı" + "qdpbunolsxz";

    private static final String UPRIGHT = "acefgghijkmrtvwyli" + "bpdqnuolsxz";
    /** How many of {@link #TURNED} only an upside-down writer uses. */
    private static final int DISTINCTIVE = 17;

    private static final int MAX_LETTERS = 64;

    private UpsideDown() {}

    /** The word read the right way up, or null when it is not written upside down. */
    static String reading(String original, int start, int end) {
        if (end - start > MAX_LETTERS * 2 || !hasDistinctive(original, start, end)) {
            return null;
        }
        StringBuilder upright = new StringBuilder(end - start);
        for (int i = end - 1; i >= start; i--) {
            char c = Character.toLowerCase(original.charAt(i));
            int at = TURNED.indexOf(c);
            if (at >= 0) {
                upright.append(UPRIGHT.charAt(at));
            } else if (Character.isLetter(c)) {
                // a letter left upright among turned ones (aɓɓıu) is read as it is
                upright.append(c);
            }
        }
        return upright.isEmpty() ? null : upright.toString();
    }

    private static boolean hasDistinctive(String original, int start, int end) {
        for (int i = start; i < end; i++) {
            int at = TURNED.indexOf(original.charAt(i));
            if (at >= 0 && at < DISTINCTIVE) {
                return true;
            }
        }
        return false;
    }
}
