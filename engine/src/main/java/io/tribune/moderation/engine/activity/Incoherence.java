package io.tribune.moderation.engine.activity;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a text says nothing a reader could follow: no letters at all, mostly symbols, words that
 * are keyboard runs ("asdfgh"), stuttered syllables ("hahaha", "ааааа") or vowel-less strings, or a
 * few words repeated over and over.
 */
final class Incoherence {

    private static final String[] KEYBOARD_ROWS = {
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "qwertzuiop",
        "yxcvbnm",
        "azertyuiop",
        "qsdfghjklm",
        "wxcvbn",
        "йцукенгшщзхъ",
        "фывапролджэ",
        "ячсмитьбю",
        "1234567890"
    };
    private static final Set<Long> NEIGHBOURS = neighbours();
    private static final String VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœаеёиоуыэюяіїєѣ";

    private Incoherence() {}

    static boolean isIncoherent(String original, String normalised, int tokens) {
        if (original.isBlank()) {
            return false;
        }
        if (normalised.isEmpty() || letterShare(original) < 0.4) {
            return true;
        }
        String[] words = normalised.split(" ");
        int junk = 0;
        for (String word : words) {
            if (isJunk(word)) {
                junk++;
            }
        }
        if (junk * 2 >= words.length) {
            return true;
        }
        return isRepetitive(words, tokens);
    }

    /** A few words said again and again: "lol lol lol", "train train choo choo". */
    private static boolean isRepetitive(String[] words, int tokens) {
        if (words.length < 3) {
            return false;
        }
        Set<String> distinct = new HashSet<>();
        for (String word : words) {
            distinct.add(word);
        }
        double share = (double) distinct.size() / words.length;
        return tokens <= 12 ? share <= 0.5 : share < 0.2;
    }

    static boolean isJunk(String word) {
        int length = word.codePointCount(0, word.length());
        return isStutter(word, length) || isKeyboardRun(word, length) || isVowelless(word, length);
    }

    /** The same one to three letters repeated at least three times: "hahaha", "ааааа", "lololol". */
    private static boolean isStutter(String word, int length) {
        if (length < 4 || length != word.length()) {
            return false;
        }
        for (int period = 1; period <= 3; period++) {
            if (length >= 3 * period && isPeriodic(word, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPeriodic(String word, int period) {
        for (int i = period; i < word.length(); i++) {
            if (word.charAt(i) != word.charAt(i - period)) {
                return false;
            }
        }
        return true;
    }

    /** Mostly neighbouring keys of one keyboard row: "asdfghjkl", "фывапр". */
    private static boolean isKeyboardRun(String word, int length) {
        if (length < 5 || length != word.length()) {
            return false;
        }
        int adjacent = 0;
        for (int i = 1; i < word.length(); i++) {
            if (NEIGHBOURS.contains(pair(word.charAt(i - 1), word.charAt(i)))) {
                adjacent++;
            }
        }
        return adjacent >= 0.75 * (word.length() - 1);
    }

    /** Six or more Latin or Cyrillic letters without a vowel: "xkcdqzt". */
    private static boolean isVowelless(String word, int length) {
        if (length < 6 || length != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) {
                return false;
            }
            if (VOWELS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static double letterShare(String text) {
        int letters = 0;
        int visible = 0;
        int limit = Math.min(text.length(), Gist.MAX_CHARS);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return visible == 0 ? 1 : (double) letters / visible;
    }

    private static Set<Long> neighbours() {
        Set<Long> pairs = new HashSet<>();
        for (String row : KEYBOARD_ROWS) {
            for (int i = 1; i < row.length(); i++) {
                pairs.add(pair(row.charAt(i - 1), row.charAt(i)));
                pairs.add(pair(row.charAt(i), row.charAt(i - 1)));
            }
        }
        return Set.copyOf(pairs);
    }

    private static long pair(char a, char b) {
        return ((long) a << 16) | b;
    }
}
