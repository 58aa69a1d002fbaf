package io.tribune.moderation;

/**
 * Checks the free text people type into the console and the unlock form: notes, reasons and
 * explanations. Text is kept as typed and always shown escaped; what is refused is text too long or
 * not well-formed (lone surrogates, control characters other than line breaks and tabs).
 */
final class Notes {

    private Notes() {}

    /** The problem's message key, or null when the text is acceptable. */
    static String problem(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return "moderation.error.tooLong";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "moderation.error.malformed";
                }
                i++;
            } else if (Character.isLowSurrogate(c)
                    || c == '\uFFFD'
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return "moderation.error.malformed";
            }
        }
        return null;
    }

    /** The text trimmed, or null when nothing is left. */
    static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
