package io.tribune.moderation.engine.lexical;

/**
 * One way a slot of a lexicon term can be filled: a normalised word, a stem with a wildcard, or the
 * publisher's brand.
 *
 * @param literal the normalised word or stem
 * @param squeezed the literal with doubled letters cut to one, compared with stretched spellings
 * @param kind how the literal must sit in a token
 */
record Alternative(String literal, String squeezed, Kind kind) {

    enum Kind {
        /** The whole token. */
        EXACT,
        /** The start of the token: {@code fuck*}. */
        PREFIX,
        /** The end of the token: {@code *fotze}. */
        SUFFIX,
        /** Anywhere in the token: {@code *fuck*}. */
        INFIX,
        /** Any of the edition's brand names: {@code $brand}. */
        BRAND
    }

    /** Whether one spelling of a token fills this alternative. */
    boolean fits(String form) {
        return switch (kind) {
            case EXACT -> form.equals(literal);
            case PREFIX -> form.startsWith(literal);
            case SUFFIX -> form.endsWith(literal);
            case INFIX -> form.contains(literal);
            case BRAND -> false;
        };
    }

    /** Whether a squeezed spelling of a token fills this alternative's squeezed literal. */
    boolean fitsSqueezed(String form) {
        return switch (kind) {
            case EXACT -> form.equals(squeezed);
            case PREFIX -> form.startsWith(squeezed);
            case SUFFIX -> form.endsWith(squeezed);
            case INFIX -> form.contains(squeezed);
            case BRAND -> false;
        };
    }

    /**
     * Whether a spelling with masked letters ({@code f*ck}) fits: every mask stands for one letter, the
     * masks fall on the literal and at least one letter of the literal shows.
     */
    boolean fitsMasked(String form) {
        int n = form.length();
        int m = literal.length();
        return switch (kind) {
            case EXACT -> n == m && fitsAt(form, 0);
            case PREFIX -> n >= m && fitsAt(form, 0);
            case SUFFIX -> n >= m && fitsAt(form, n - m) && noMaskBefore(form, n - m);
            case INFIX -> {
                for (int at = 0; at + m <= n; at++) {
                    if (fitsAt(form, at) && noMaskBefore(form, at) && noMaskFrom(form, at + m)) {
                        yield true;
                    }
                }
                yield false;
            }
            case BRAND -> false;
        };
    }

    private boolean fitsAt(String form, int at) {
        int shown = 0;
        int masks = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = form.charAt(at + i);
            if (c == '*') {
                masks++;
            } else if (c == literal.charAt(i)) {
                shown++;
            } else {
                return false;
            }
        }
        // one shown letter is too little to tell a short word (a** could be abo as well as ass)
        return masks > 0 && (shown >= 2 || (shown == 1 && literal.length() >= 4));
    }

    private static boolean noMaskFrom(String form, int from) {
        return form.indexOf('*', from) < 0;
    }

    private static boolean noMaskBefore(String form, int before) {
        int at = form.indexOf('*');
        return at < 0 || at >= before;
    }
}
