package io.tribune.moderation.engine.lexical;

import java.util.Set;

/**
 * Which chars of a normalised text belong to a link or an email address: words there are names
 * ({@code dick.turner@example.com}), not speech, and the link detectors judge them.
 */
final class LinkedText {

    private final boolean[] inside;

    private LinkedText(boolean[] inside) {
        this.inside = inside;
    }

    static LinkedText of(String text) {
        int n = text.length();
        boolean[] inside = new boolean[n];
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > from && isLink(text, from, i)) {
                for (int k = from; k < i; k++) {
                    inside[k] = true;
                }
            }
        }
        return new LinkedText(inside);
    }

    private static boolean isLink(String text, int from, int to) {
        String chunk = text.substring(from, to);
        if (chunk.contains("://") || chunk.startsWith("www.")) {
            return true;
        }
        int at = chunk.indexOf('@');
        if (at > 0 && chunk.indexOf('.', at) > at + 1) {
            return true;
        }
        return looksLikeDomain(chunk);
    }

    /**
     * A bare domain: labels of letters, digits and hyphens, one before the last of three chars or more, a
     * final label of letters ({@code shop.example}, not {@code c.unt}).
     */
    private static boolean looksLikeDomain(String chunk) {
        int end = chunk.length();
        while (end > 0 && ".,;:!?)".indexOf(chunk.charAt(end - 1)) >= 0) {
            end--;
        }
        int slash = chunk.indexOf('/');
        if (slash > 0 && slash < end) {
            end = slash;
        }
        String host = chunk.substring(0, end);
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        boolean longLabel = false;
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.isEmpty()) {
                return false;
            }
            for (int k = 0; k < label.length(); k++) {
                char c = label.charAt(k);
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                    return false;
                }
            }
            longLabel |= label.length() >= 3 && i < labels.length - 1;
        }
        String last = labels[labels.length - 1];
        return longLabel && isTopLevel(last);
    }

    /** Generic top-level domains seen in comments; every two-letter label passes for a country's. */
    private static final Set<String> GENERIC = Set.of((String.join(
                    " ",
                    "com org net info biz edu gov mil int xyz top online site shop store club click link live app dev",
                    "pro vip win bet casino loan money cash buzz icu cfd sbs rest fun example invalid test news blog",
                    "media porn xxx sex cam zip mov tech world life today space website art cloud page email agency",
                    "digital network social video tube travel museum church game games bio eco ngo onion local"))
            .split(" "));

    /**
     * Whether a final label is a top-level domain: a word glued with a dot ({@code bell.end},
     * {@code m.otherf.ucker}) is not a host, so its words stay words.
     */
    private static boolean isTopLevel(String label) {
        return (label.length() == 2 && label.chars().allMatch(Character::isLetter)) || GENERIC.contains(label);
    }

    boolean isLinked(int index) {
        return index >= 0 && index < inside.length && inside[index];
    }
}
