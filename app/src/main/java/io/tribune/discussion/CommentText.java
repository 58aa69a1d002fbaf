package io.tribune.discussion;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a comment as it is stored: line endings made plain, runs of blank lines cut to one,
 * surrounding blanks trimmed. Refused when nothing is left, when it is longer than {@link #MAX_LENGTH}
 * characters, or when it holds what no keyboard types (control characters, broken Unicode).
 */
public record CommentText(String value) {

    /** The most characters (code points) a comment may have. */
    public static final int MAX_LENGTH = 2_000;

    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");

    /** The text to store, or a problem: the message key of what is wrong with it. */
    public static Checked check(String typed) {
        if (typed == null || typed.isBlank()) {
            return Checked.problem("discussion.error.empty");
        }
        if (!isReadable(typed)) {
            return Checked.problem("discussion.error.unreadable");
        }
        String text = BLANK_LINES
                .matcher(typed.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' '))
                .replaceAll("\n\n")
                .strip();
        if (text.codePoints().allMatch(CommentText::isInvisible)) {
            return Checked.problem("discussion.error.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return Checked.problem("discussion.error.tooLong");
        }
        return new Checked(Optional.of(new CommentText(text)), null);
    }

    /** No lone surrogates, no replacement characters left by undecodable bytes, no control characters but line breaks and tabs. */
    private static boolean isReadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            boolean isControl = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            if (Character.isLowSurrogate(c) || c == '\uFFFD' || isControl) {
                return false;
            }
        }
        return true;
    }

    /** Blank, or a format character such as a zero-width space: nothing a reader would see. */
    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    /** The outcome of a check: the text, or the message key of the problem. */
    public record Checked(Optional<CommentText> text, String problem) {

        static Checked problem(String key) {
            return new Checked(Optional.empty(), key);
        }
    }
}
