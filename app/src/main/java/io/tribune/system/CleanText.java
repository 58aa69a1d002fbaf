package io.tribune.system;

/** Whether text typed into a form is clean enough to store and show on pages, feeds and sitemaps. */
public final class CleanText {

    private CleanText() {}

    /**
     * No control characters (but line breaks and tabs where lines are allowed), no replacement character
     * or non-characters, and no halves of surrogate pairs: no keyboard types them, and they stand for
     * broken input or break what shows them.
     */
    public static boolean isClean(String text, boolean isMultiline) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isLineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(isMultiline && isLineBreak))
                    || c == '\uFFFD'
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
