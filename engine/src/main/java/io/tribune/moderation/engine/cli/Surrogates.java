package io.tribune.moderation.engine.cli;

/** Replaces unpaired UTF-16 surrogates with U+FFFD, so text always encodes as valid UTF-8. */
final class Surrogates {

    private static final char REPLACEMENT = '\uFFFD';

    private Surrogates() {}

    /** The text with each lone surrogate replaced; the length and every offset stay the same. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean lone;
            if (Character.isHighSurrogate(c)) {
                lone = i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!lone) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                lone = Character.isLowSurrogate(c);
            }
            if (lone && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
