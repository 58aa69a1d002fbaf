package io.tribune.moderation.engine.signals;

import java.util.Locale;

/**
 * A link found in a comment: where it is, its host and its path.
 *
 * @param start offset of the link in the original text
 * @param end offset after the link
 * @param text the link as written
 * @param host the host in lower case, as written (punycode stays punycode)
 * @param path the path, query and fragment, possibly empty
 */
public record Link(int start, int end, String text, String host, String path) {

    static Link parse(int start, int end, String text) {
        String rest = text;
        int scheme = rest.indexOf("://");
        if (scheme >= 0 && scheme < 12) {
            rest = rest.substring(scheme + 3);
        }
        int slash = firstOf(rest, "/?#");
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = authority;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close > 0 ? host.substring(0, close + 1) : host;
        } else {
            int colon = host.indexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return new Link(start, end, text, host.toLowerCase(Locale.ROOT), path);
    }

    /** Whether the host is this domain or one of its subdomains. */
    boolean isUnder(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return host.equals(d) || host.endsWith("." + d);
    }

    boolean isIpLiteral() {
        return host.startsWith("[") || host.matches("\\d{1,3}(?:\\.\\d{1,3}){3}") || host.matches("\\d{8,10}");
    }

    /** The last path segment in lower case, without query or fragment, e.g. {@code setup.exe}. */
    String fileName() {
        int cut = firstOf(path, "?#");
        String p = cut < 0 ? path : path.substring(0, cut);
        int slash = p.lastIndexOf('/');
        return p.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
