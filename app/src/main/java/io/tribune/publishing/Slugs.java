package io.tribune.publishing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Readable addresses from headlines and names in every edition language: Latin letters with their
 * accents dropped and ligatures spelled out (é→e, ß→ss), Cyrillic transliterated by the ICAO 9303 table
 * (the one in Russian passports: ж→zh, х→kh, ц→ts, щ→shch, ю→iu, я→ia), Arabic by the letter table
 * below (one Latin spelling per letter, short vowels left out as Arabic writes them), digits of any
 * script as ASCII digits. Everything else separates words. The result is lower-case words joined by
 * dashes, cut on a word boundary; it is empty when nothing readable is left, and the caller picks a
 * fallback.
 */
public final class Slugs {

    /** The longest slug made for an article. */
    public static final int MAX_LENGTH = 80;

    private static final Map<Integer, String> LETTERS = letters();

    private Slugs() {}

    /** The text as a slug of at most {@link #MAX_LENGTH} characters; empty when nothing is left. */
    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /** The text as a slug of at most {@code max} characters; empty when nothing is left. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean isWordEnded = false;
        for (int i = 0; i < lower.length() && slug.length() <= max; ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            String spelled = spelled(c);
            if (spelled == null) {
                // a mark, a direction mark, a joiner: part of the word, nothing to write
                continue;
            }
            if (spelled.isEmpty()) {
                isWordEnded = slug.length() > 0;
                continue;
            }
            if (isWordEnded) {
                slug.append('-');
                isWordEnded = false;
            }
            slug.append(spelled);
        }
        return cut(slug.toString(), max);
    }

    /** How one character is written: letters and digits, empty between words, null when it is left out. */
    private static String spelled(int c) {
        String known = LETTERS.get(c);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf((char) c) : "";
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT) {
            return null;
        }
        if (Character.isDigit(c)) {
            return String.valueOf(Character.digit(c, 10));
        }
        if (!Character.isLetter(c)) {
            return "";
        }
        StringBuilder latin = new StringBuilder();
        Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD)
                .chars()
                .filter(d -> (d >= 'a' && d <= 'z') || (d >= '0' && d <= '9'))
                .forEach(d -> latin.append((char) d));
        // a letter of a script without a table (Greek, CJK...) separates words rather than join two
        return latin.toString();
    }

    /** At most {@code max} characters, ending at a whole word where there is one to end at. */
    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int dash = slug.lastIndexOf('-', max);
        return dash > 0 ? slug.substring(0, dash) : slug.substring(0, max);
    }

    private static Map<Integer, String> letters() {
        String[] table = {
            // Latin letters that do not decompose
            "ß",
            "ss",
            "æ",
            "ae",
            "œ",
            "oe",
            "ø",
            "o",
            "đ",
            "d",
            "ð",
            "d",
            "þ",
            "th",
            "ł",
            "l",
            "ı",
            "i",
            "ħ",
            "h",
            // Cyrillic, ICAO 9303
            "а",
            "a",
            "б",
            "b",
            "в",
            "v",
            "г",
            "g",
            "д",
            "d",
            "е",
            "e",
            "ё",
            "e",
            "ж",
            "zh",
            "з",
            "z",
            "и",
            "i",
            "й",
            "i",
            "к",
            "k",
            "л",
            "l",
            "м",
            "m",
            "н",
            "n",
            "о",
            "o",
            "п",
            "p",
            "р",
            "r",
            "с",
            "s",
            "т",
            "t",
            "у",
            "u",
            "ф",
            "f",
            "х",
            "kh",
            "ц",
            "ts",
            "ч",
            "ch",
            "ш",
            "sh",
            "щ",
            "shch",
            "ъ",
            "ie",
            "ы",
            "y",
            "ь",
            "",
            "э",
            "e",
            "ю",
            "iu",
            "я",
            "ia",
            "і",
            "i",
            "ї",
            "i",
            "є",
            "ie",
            "ґ",
            "g",
            "ў",
            "u",
            // Arabic: one spelling per letter; hamza and ayn are left out rather than written as apostrophes
            "ا",
            "a",
            "أ",
            "a",
            "إ",
            "i",
            "آ",
            "a",
            "ٱ",
            "a",
            "ب",
            "b",
            "ت",
            "t",
            "ث",
            "th",
            "ج",
            "j",
            "ح",
            "h",
            "خ",
            "kh",
            "د",
            "d",
            "ذ",
            "dh",
            "ر",
            "r",
            "ز",
            "z",
            "س",
            "s",
            "ش",
            "sh",
            "ص",
            "s",
            "ض",
            "d",
            "ط",
            "t",
            "ظ",
            "z",
            "ع",
            "",
            "غ",
            "gh",
            "ف",
            "f",
            "ق",
            "q",
            "ك",
            "k",
            "ل",
            "l",
            "م",
            "m",
            "ن",
            "n",
            "ه",
            "h",
            "و",
            "w",
            "ي",
            "y",
            "ى",
            "a",
            "ة",
            "a",
            "ء",
            "",
            "ؤ",
            "w",
            "ئ",
            "y",
            "پ",
            "p",
            "چ",
            "ch",
            "ڤ",
            "v",
            "گ",
            "g",
            "ی",
            "y",
            "ک",
            "k",
            "\u0640",
            ""
        };
        Map<Integer, String> letters = new HashMap<>();
        for (int i = 0; i < table.length; i += 2) {
            letters.put(table[i].codePointAt(0), table[i + 1]);
        }
        return Map.copyOf(letters);
    }
}
