package io.tribune.moderation.engine.text;

import io.tribune.moderation.engine.text.Token.Script;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings of one word worth looking up: homoglyphs folded toward each script the word mixes,
 * leetspeak digits and symbols read as letters, stretched letters cut back. The number of readings is
 * bounded, so a word costs time linear in its length.
 */
public final class Spellings {

    static final char MASK = '*';
    private static final int MAX_AMBIGUOUS = 2;
    private static final int MAX_FORMS = 12;

    /** Cyrillic and Greek letters that look like a Latin letter, and that letter. */
    private static final String TO_LATIN_FROM = "авекмнорстухѕіјһԁԛԝӏьпигҝқαβγδεηικμνορτυχωςσ";

    private static final String TO_LATIN_TO = "abekmhopctyxsijhdqwlbnurkkabydenikuvoptuxwso";
    /** Latin letters and digits that look like a Cyrillic letter, and that letter. */
    private static final String TO_CYRILLIC_FROM = "abcehkmoptxyunr";

    private static final String TO_CYRILLIC_TO = "авсенкмортхуипг";
    /** Cyrillic letters that Russian text never uses but that spoof Latin ones. */
    private static final String NON_RUSSIAN_CONFUSABLES = "ѕіјһԁԛԝӏҝ";

    private Spellings() {}

    record Reading(
            String text, List<String> forms, List<String> squeezed, boolean masked, boolean word, Script script) {}

    static Reading of(String raw, boolean joined) {
        if (isPlainLatin(raw)) {
            return plain(raw);
        }
        int latin = 0;
        int cyrillic = 0;
        int greek = 0;
        int arabic = 0;
        int letters = 0;
        boolean hasSymbol = false;
        boolean spoofsLatin = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                } else if (c >= 0x370 && c < 0x400) {
                    greek++;
                } else if (c >= 0x400 && c < 0x530) {
                    cyrillic++;
                    spoofsLatin |= NON_RUSSIAN_CONFUSABLES.indexOf(c) >= 0;
                } else if (isArabic(c)) {
                    arabic++;
                }
            } else {
                hasSymbol = true;
            }
        }
        boolean word = letters > 0 || joined || spellsWithSymbols(raw);
        Script script = script(latin, cyrillic, greek, arabic);
        if (!word) {
            return new Reading(raw, List.of(raw), List.of(), false, false, Script.OTHER);
        }
        Set<String> forms = new LinkedHashSet<>();
        boolean towardLatin = script == Script.LATIN || script == Script.GREEK;
        List<String> folds = new ArrayList<>(2);
        if (towardLatin) {
            folds.add(latin > 0 && greek == 0 && cyrillic == 0 ? raw : fold(raw, TO_LATIN_FROM, TO_LATIN_TO));
            if (cyrillic > 0) {
                folds.add(fold(raw, TO_CYRILLIC_FROM, TO_CYRILLIC_TO));
            }
        } else if (script == Script.CYRILLIC) {
            folds.add(latin > 0 || greek > 0 ? fold(raw, TO_CYRILLIC_FROM, TO_CYRILLIC_TO) : raw);
            if (latin > 0 || greek > 0 || spoofsLatin) {
                folds.add(fold(raw, TO_LATIN_FROM, TO_LATIN_TO));
            }
        } else {
            folds.add(raw);
        }
        String interleaved = interleaved(raw);
        if (interleaved != null) {
            folds.add(0, interleaved);
        }
        for (int f = 0; f < folds.size(); f++) {
            String fold = folds.get(f);
            boolean latinTarget =
                    f == 0 || (interleaved != null && f == 1) ? towardLatin || script == Script.OTHER : !towardLatin;
            if (hasSymbol && !isQuantity(fold)) {
                for (String read : leet(fold, latinTarget)) {
                    addStretchReadings(forms, read);
                }
                String masked = maskSymbols(fold);
                if (!masked.equals(fold) && forms.size() < MAX_FORMS) {
                    forms.add(masked);
                }
            } else {
                addStretchReadings(forms, fold);
            }
        }
        if (towardLatin && raw.length() <= 8 && raw.indexOf('l') >= 0 && hasNoVowel(raw)) {
            // a lower-case l passes for an i in a word without vowels: shlt, dlck
            forms.add(((String) forms.iterator().next()).replace('l', 'i'));
        }
        List<String> list = new ArrayList<>(forms);
        if (list.size() > MAX_FORMS) {
            list = list.subList(0, MAX_FORMS);
        }
        Set<String> squeezed = new LinkedHashSet<>();
        for (String form : list) {
            String s = squeeze(form);
            if (!s.equals(form)) {
                squeezed.add(s);
            }
        }
        boolean masked = false;
        for (String form : list) {
            masked |= form.indexOf(MASK) >= 0;
        }
        return new Reading(list.get(0), list, List.copyOf(squeezed), masked, true, script);
    }

    /** Whether a word is only lower-case ASCII letters, the common case that needs no readings. */
    private static boolean isPlainLatin(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !raw.isEmpty();
    }

    /** The readings of a plain word: itself, its stretched letters cut back, its doubled letters squeezed. */
    private static Reading plain(String raw) {
        List<String> forms;
        if (hasRunOf(raw, 3)) {
            Set<String> set = new LinkedHashSet<>(List.of(raw, collapse(raw, 1), collapse(raw, 2)));
            forms = List.copyOf(set);
        } else if (raw.length() <= 8 && raw.indexOf('l') >= 0 && hasNoVowel(raw)) {
            forms = List.of(raw, raw.replace('l', 'i'));
        } else {
            String asI = yAsI(raw);
            forms = asI == null ? List.of(raw) : List.of(raw, asI);
        }
        List<String> squeezed = List.of();
        if (hasRunOf(raw, 2)) {
            Set<String> set = new LinkedHashSet<>();
            for (String form : forms) {
                String s = squeeze(form);
                if (!s.equals(form)) {
                    set.add(s);
                }
            }
            squeezed = List.copyOf(set);
        }
        return new Reading(raw, forms, squeezed, false, true, Script.LATIN);
    }

    /**
     * The word with a y between two consonants read as an i ({@code shyt}, {@code bytch}), or null: a
     * common way to spell a word differently that still reads the same.
     */
    private static String yAsI(String word) {
        char[] chars = null;
        for (int i = 1; i + 1 < word.length(); i++) {
            if (word.charAt(i) == 'y' && isConsonant(word.charAt(i - 1)) && isConsonant(word.charAt(i + 1))) {
                if (chars == null) {
                    chars = word.toCharArray();
                }
                chars[i] = 'i';
            }
        }
        return chars == null ? null : new String(chars);
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }

    /** The letters of {@code f*u*c*k} or {@code f!u!c!k}: single letters spaced by one repeated symbol. */
    private static String interleaved(String raw) {
        int n = raw.length();
        if (n < 5 || n % 2 == 0) {
            return null;
        }
        char separator = raw.charAt(1);
        if (Character.isLetterOrDigit(separator)) {
            return null;
        }
        StringBuilder letters = new StringBuilder(n / 2 + 1);
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (i % 2 == 1 ? c != separator : !Character.isLetterOrDigit(c)) {
                return null;
            }
            if (i % 2 == 0) {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** Whether a word without letters spells one in symbols ({@code @$$}): two or more non-digit symbols. */
    private static boolean spellsWithSymbols(String raw) {
        int symbols = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isDigit(c) && latinLeet(c) != null) {
                symbols++;
            }
        }
        return raw.length() >= 3 && symbols >= 2;
    }

    private static final Set<String> UNITS = Set.of(
            "s", "th", "st", "nd", "rd", "k", "m", "km", "kg", "g", "mb", "gb", "tb", "ml", "mm", "cm", "x", "am", "pm",
            "h", "hr", "hrs", "min", "yo", "p", "l", "d", "y", "w", "v", "mph", "kw", "er", "e", "ish");

    /** Whether a word is a number with a unit or an ordinal ({@code 45s}, {@code 3rd}, {@code 10km}). */
    private static boolean isQuantity(String word) {
        int i = 0;
        while (i < word.length() && Character.isDigit(word.charAt(i))) {
            i++;
        }
        return i > 0 && UNITS.contains(word.substring(i));
    }

    private static boolean hasNoVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Script script(int latin, int cyrillic, int greek, int arabic) {
        int top = Math.max(Math.max(latin, cyrillic), Math.max(greek, arabic));
        if (top == 0) {
            return Script.OTHER;
        }
        if (latin == top) {
            return Script.LATIN;
        }
        if (cyrillic == top) {
            return Script.CYRILLIC;
        }
        if (greek == top) {
            return Script.GREEK;
        }
        return Script.ARABIC;
    }

    static boolean isArabic(char c) {
        return (c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xFB50 && c < 0xFE00);
    }

    private static String fold(String raw, String from, String to) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int at = from.indexOf(c);
            out.append(at >= 0 && at < to.length() ? to.charAt(at) : c);
        }
        return out.toString();
    }

    /** The leetspeak readings of a word: every digit or symbol read as a letter, at most four readings. */
    private static List<String> leet(String word, boolean latinTarget) {
        List<StringBuilder> readings = new ArrayList<>();
        readings.add(new StringBuilder(word.length()));
        int ambiguous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String options = latinTarget ? latinLeet(c) : cyrillicLeet(c);
            if (c == '@' && i == 0 && word.length() > 1) {
                options = "a";
            }
            if (options == null || options.isEmpty()) {
                for (StringBuilder r : readings) {
                    r.append(c);
                }
            } else if (options.length() == 1 || ambiguous >= MAX_AMBIGUOUS) {
                for (StringBuilder r : readings) {
                    r.append(options.charAt(0));
                }
            } else {
                ambiguous++;
                List<StringBuilder> more = new ArrayList<>();
                for (StringBuilder r : readings) {
                    for (int o = 1; o < options.length(); o++) {
                        more.add(new StringBuilder(r).append(options.charAt(o)));
                    }
                    r.append(options.charAt(0));
                }
                readings.addAll(more);
            }
        }
        List<String> out = new ArrayList<>(readings.size() + 1);
        for (StringBuilder r : readings) {
            out.add(r.toString());
        }
        if (word.charAt(0) == '@' && word.length() > 1) {
            out.add(word.substring(1));
        }
        return out;
    }

    private static String latinLeet(char c) {
        return switch (c) {
            case '0' -> "o";
            case '1' -> "il";
            case '2' -> "z";
            case '3' -> "e";
            case '4' -> "a";
            case '5' -> "s";
            case '6' -> "gb";
            case '7' -> "t";
            case '8' -> "b";
            case '9' -> "g";
            case '@' -> "a";
            case '$' -> "s";
            case '!', '¡' -> "i";
            case '<' -> "c";
            case '|' -> "li";
            case '+' -> "t";
            case '€' -> "e";
            case '¢' -> "c";
            case '£' -> "l";
            case '¥' -> "y";
            case '#', '%', '^', '&' -> "*";
            default -> null;
        };
    }

    private static String cyrillicLeet(char c) {
        return switch (c) {
            case '0' -> "о";
            case '3' -> "з";
            case '4' -> "ч";
            case '6' -> "б";
            case '@' -> "а";
            case '$' -> "с";
            case '#', '%', '^', '&' -> "*";
            default -> null;
        };
    }

    /**
     * The word with its symbols read as masked letters ({@code sh!t}, {@code f@ck}), and its digits too
     * where they stand between letters ({@code f8ck}, {@code b2tch}): a digit inside a word hides a
     * letter, usually a vowel, whatever the leetspeak table says it looks like.
     */
    private static String maskSymbols(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean symbol = !Character.isLetterOrDigit(c);
            boolean innerDigit = Character.isDigit(c) && isInside(word, i);
            out.append((symbol && !(i == 0 && c == '@')) || innerDigit ? MASK : c);
        }
        return out.toString();
    }

    /** Whether the char at {@code i} has a letter on both sides (symbols count as hidden letters). */
    private static boolean isInside(String word, int i) {
        return i > 0
                && i < word.length() - 1
                && !Character.isDigit(word.charAt(i - 1))
                && !Character.isDigit(word.charAt(i + 1));
    }

    /** The reading itself plus, when a letter is stretched to three or more, runs cut to one and to two. */
    private static void addStretchReadings(Set<String> forms, String read) {
        forms.add(read);
        if (!hasRunOf(read, 3)) {
            return;
        }
        forms.add(collapse(read, 1));
        forms.add(collapse(read, 2));
    }

    private static boolean hasRunOf(String s, int length) {
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            run = s.charAt(i) == s.charAt(i - 1) && Character.isLetter(s.charAt(i)) ? run + 1 : 1;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** Cuts every run of three or more of the same letter to {@code keep} letters. */
    private static String collapse(String s, int keep) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            int emit = run >= 3 && Character.isLetter(c) ? keep : run;
            for (int k = 0; k < emit; k++) {
                out.append(c);
            }
            i = j;
        }
        return out.toString();
    }

    /** Cuts every run of the same letter to one: {@code fuuck} → {@code fuck}, {@code good} → {@code god}. */
    public static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
