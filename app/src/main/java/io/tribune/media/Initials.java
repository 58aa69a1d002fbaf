package io.tribune.media;

import java.awt.Color;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The drawn default avatar: a name's initials, white on a colour picked from a seed, as SVG. The
 * letters are drawn by the reader's own browser fonts, so every script shows as well as the rest of
 * the page does.
 */
final class Initials {

    /** Scripts whose letters join or read as one sign: a single initial reads better than a pair. */
    private static final Set<Character.UnicodeScript> SINGLE = Set.of(
            Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.NKO,
            Character.UnicodeScript.MONGOLIAN,
            Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL);

    static final String NONE = "?";

    private Initials() {}

    /** One or two letters: the first letters of the first and last words that have a letter. */
    static String of(String name) {
        if (name == null) {
            return NONE;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        List<Integer> firsts = new ArrayList<>();
        for (String word : text.split("[\\s\\p{Pd}_.]+")) {
            word.codePoints().filter(Character::isLetter).findFirst().ifPresent(firsts::add);
        }
        if (firsts.isEmpty()) {
            return NONE;
        }
        int first = Character.toTitleCase(firsts.getFirst());
        if (firsts.size() == 1 || SINGLE.contains(Character.UnicodeScript.of(first))) {
            return Character.toString(first);
        }
        int last = Character.toTitleCase(firsts.getLast());
        if (SINGLE.contains(Character.UnicodeScript.of(last))) {
            return Character.toString(first);
        }
        return Character.toString(first) + Character.toString(last);
    }

    /** Whether a text could have come from {@link #of}: what the drawing address accepts. */
    static boolean isInitials(String text) {
        if (NONE.equals(text)) {
            return true;
        }
        long count = text.codePoints().count();
        return count >= 1 && count <= 2 && text.codePoints().allMatch(Character::isLetter);
    }

    /** A hue for the seed, spread round the colour wheel so neighbouring ids look different. */
    static int hue(long seed) {
        return (int) Math.floorMod(seed * 137, 360L);
    }

    static String svg(String initials, int hue) {
        String text = initials.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 256 256\" width=\"256\" height=\"256\">"
                + "<rect width=\"256\" height=\"256\" fill=\"" + colour(hue) + "\"/>"
                + "<text x=\"128\" y=\"128\" dy=\"0.35em\" text-anchor=\"middle\" fill=\"#ffffff\""
                + " font-family=\"system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif\""
                + " font-size=\"" + (text.codePoints().count() > 1 ? 104 : 128) + "\" font-weight=\"600\">"
                + text + "</text></svg>";
    }

    /** A darkish colour of the hue, so white letters keep a contrast of at least 4.5:1 on every hue. */
    private static String colour(int hue) {
        int rgb = Color.HSBtoRGB(hue / 360f, 0.62f, 0.46f) & 0xFFFFFF;
        return String.format("#%06x", rgb);
    }
}
