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

    /** The longest word read as split by masks: longer runs are not one word. */
    private static final int MAX_SPLIT_WORD = 32;

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
     * masks fall on the literal and at least one letter of the literal shows. In Arabic script a run of
     * masks between two letters may also stand for no letter at all ({@code ك*س}): Arabic writes no
     * short vowels, so a short word has no vowel to hide and the star goes between its letters instead.
     */
    boolean fitsMasked(String form) {
        return fitsMaskedLetters(form) || fitsSplitArabic(form);
    }

    private boolean fitsMaskedLetters(String form) {
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

    /**
     * Whether an Arabic spelling split by masks fits once the masks are taken out: every run of masks
     * stands between two Arabic letters, and each falls inside the literal, which shows in full, so
     * words glued by a star ({@code مهم*جدا}) only match a literal that spans the star.
     */
    private boolean fitsSplitArabic(String form) {
        int n = form.length();
        if (kind == Kind.BRAND || n > MAX_SPLIT_WORD || !isArabicLetter(literal.charAt(0))) {
            return false;
        }
        StringBuilder letters = new StringBuilder(n);
        int firstSplit = -1;
        int lastSplit = -1;
        int i = 0;
        while (i < n) {
            char c = form.charAt(i);
            if (c != '*') {
                letters.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && form.charAt(end) == '*') {
                end++;
            }
            if (i == 0 || end == n || !isArabicLetter(form.charAt(i - 1)) || !isArabicLetter(form.charAt(end))) {
                return false;
            }
            if (firstSplit < 0) {
                firstSplit = letters.length();
            }
            lastSplit = letters.length();
            i = end;
        }
        if (firstSplit < 0) {
            return false;
        }
        String word = letters.toString();
        int w = word.length();
        int m = literal.length();
        return switch (kind) {
            case EXACT -> word.equals(literal);
            case PREFIX -> word.startsWith(literal) && lastSplit < m;
            case SUFFIX -> word.endsWith(literal) && firstSplit > w - m;
            case INFIX -> {
                for (int at = word.indexOf(literal); at >= 0; at = word.indexOf(literal, at + 1)) {
                    if (firstSplit > at && lastSplit < at + m) {
                        yield true;
                    }
                }
                yield false;
            }
            case BRAND -> false;
        };
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
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
