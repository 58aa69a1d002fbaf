package io.tribune.moderation.engine.text;

import java.util.List;

/**
 * One word of a normalised text.
 *
 * @param text the main spelling: folded, homoglyphs folded toward the word's main script, leetspeak read
 * @param forms every spelling worth looking up, {@code text} first: each homoglyph and leetspeak reading,
 *     stretched letters cut to one and to two; masked letters stay as {@code *}
 * @param squeezed the spellings with every doubled letter cut to one, for comparison with squeezed terms
 * @param start offset of the word in the original text
 * @param end offset after the word in the original text
 * @param from index of the word's first char in the normalised text
 * @param to index after the word's last char in the normalised text
 * @param sentence the number of the sentence the word is in, counted from 0
 * @param masked whether some letters are hidden behind {@code *}, {@code #} or {@code %}
 * @param word whether the token has letters (numbers and symbols are tokens too, but not words)
 * @param script the main script of the word
 */
public record Token(
        String text,
        List<String> forms,
        List<String> squeezed,
        int start,
        int end,
        int from,
        int to,
        int sentence,
        boolean masked,
        boolean word,
        Script script) {

    public Token {
        forms = List.copyOf(forms);
        squeezed = List.copyOf(squeezed);
    }

    /** The scripts that words are folded toward. */
    public enum Script {
        LATIN,
        CYRILLIC,
        GREEK,
        ARABIC,
        OTHER
    }
}
