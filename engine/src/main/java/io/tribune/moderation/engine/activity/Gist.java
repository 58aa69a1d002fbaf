package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Analysis;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What the stateful rules read of a comment: its normalised words (NFKC, lower case, diacritics,
 * punctuation and emoji dropped), how many there are, whether the text is incoherent, and its
 * fingerprint.
 *
 * @param normalised the words separated by single spaces
 * @param tokens how many words; a run of ideographs counts one word per two characters
 */
record Gist(String normalised, int tokens, boolean isIncoherent, Fingerprint fingerprint) {

    /** Longer texts are judged on their beginning: mobs and floods are short, and the work stays bounded. */
    static final int MAX_CHARS = 4_000;

    static final Analysis<Gist> ANALYSIS =
            screening -> of(screening.text(), screening.comment().parentText());

    static Gist of(String text) {
        return of(text, null);
    }

    /**
     * The gist of a reply leaves out what it quotes (lines starting with {@code >}, and the parent's
     * text itself), so that readers quoting the same comment are not taken for a mob.
     */
    static Gist of(String text, String parentText) {
        String head = withoutQuotedLines(head(text));
        String normalised = withoutParent(normalise(head), parentText);
        int tokens = tokens(normalised);
        return new Gist(
                normalised, tokens, Incoherence.isIncoherent(head, normalised, tokens), Fingerprint.of(normalised));
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                gap = false;
            } else if (isMark(cp)) {
                continue;
            } else if (!gap) {
                out.append(' ');
                gap = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String withoutQuotedLines(String text) {
        if (text.indexOf('>') < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.lines()
                .filter(line -> !line.stripLeading().startsWith(">"))
                .forEach(line -> kept.append(line).append('\n'));
        return kept.toString();
    }

    private static String withoutParent(String normalised, String parentText) {
        if (parentText == null || parentText.isBlank()) {
            return normalised;
        }
        String parent = normalise(head(parentText));
        if (parent.length() < 20 || !normalised.contains(parent)) {
            return normalised;
        }
        return normalised.replace(parent, " ").replaceAll(" {2,}", " ").strip();
    }

    private static int tokens(String normalised) {
        if (normalised.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String word : normalised.split(" ")) {
            int ideographs = (int) word.codePoints().filter(Gist::isIdeographic).count();
            count += ideographs > 0 ? Math.max(1, (ideographs + 1) / 2) : 1;
        }
        return count;
    }

    private static String head(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }
}
