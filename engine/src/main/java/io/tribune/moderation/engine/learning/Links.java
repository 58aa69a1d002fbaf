package io.tribune.moderation.engine.learning;

import java.util.Locale;
import java.util.Set;

/** Tells whether a whitespace-free chunk of text is a web address or an e-mail address, without regexes. */
final class Links {

    enum Kind {
        NONE,
        URL,
        EMAIL
    }

    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
            "com", "net", "org", "info", "biz", "io", "co", "uk", "us", "de", "fr", "es", "it", "ru", "ua", "pl", "nl",
            "eu", "ar", "ae", "sa", "eg", "ma", "tr", "in", "cn", "jp", "br", "mx", "ca", "au", "ch", "at", "be", "se",
            "no", "dk", "fi", "pt", "gr", "cz", "ro", "hu", "me", "tv", "cc", "ly", "gl", "gg", "to", "xyz", "top",
            "online", "site", "shop", "store", "club", "app", "dev", "live", "news", "link", "click", "win", "bet",
            "casino", "vip", "pro", "gov", "edu", "int", "example", "invalid", "test", "рф", "su");

    private Links() {}

    static Kind kindOf(String text, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '/') {
            to--;
        }
        if (to - from < 4 || !hasDotOrAt(text, from, to)) {
            return Kind.NONE;
        }
        String chunk = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (chunk.startsWith("http://") || chunk.startsWith("https://") || chunk.startsWith("www.")) {
            return Kind.URL;
        }
        int at = chunk.indexOf('@');
        if (at > 0) {
            int dot = chunk.lastIndexOf('.');
            return dot > at + 1 && dot < chunk.length() - 2 ? Kind.EMAIL : Kind.NONE;
        }
        int slash = chunk.indexOf('/');
        String host = slash < 0 ? chunk : chunk.substring(0, slash);
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1 || !isHost(host)) {
            return Kind.NONE;
        }
        return TOP_LEVEL_DOMAINS.contains(host.substring(dot + 1)) ? Kind.URL : Kind.NONE;
    }

    private static boolean hasDotOrAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '@') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
