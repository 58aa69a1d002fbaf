package io.tribune.moderation.engine.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text reduced to crude stems: folded to lower case without accents, function
 * words of every language dropped, Arabic article and conjunction prefixes removed, and each word cut to
 * its first letters, which matches inflected and derived forms ("flooding", "floods") well enough in
 * all our languages without a stemmer per language.
 */
final class Terms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final int STEM = 5;
    private static final int MIN_LENGTH = 3;

    private final FunctionWords functionWords;

    Terms(FunctionWords functionWords) {
        this.functionWords = functionWords;
    }

    /** Stems of the content words, in order, at most {@code limit}. */
    List<String> stems(String text, int limit) {
        List<String> stems = new ArrayList<>();
        String folded = Folded.of(text).text();
        Matcher m = WORD.matcher(folded);
        while (m.find() && stems.size() < limit) {
            String word = m.group();
            if (functionWords.isAnyFunctionWord(word) || word.codePointCount(0, word.length()) < MIN_LENGTH) {
                continue;
            }
            if (word.chars().allMatch(Character::isDigit)) {
                stems.add(word);
                continue;
            }
            String stem = stem(word);
            if (!functionWords.isAnyFunctionWord(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    static String stem(String word) {
        String w = word.replace("'", "").replace("’", "");
        if (!w.isEmpty() && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.ARABIC) {
            w = arabic(w);
        } else if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }

    private static String arabic(String w) {
        for (String prefix : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
            if (w.startsWith(prefix) && w.length() - prefix.length() >= 3) {
                return w.substring(prefix.length());
            }
        }
        if (w.startsWith("و") && w.length() >= 5) {
            return w.substring(1);
        }
        return w;
    }
}
