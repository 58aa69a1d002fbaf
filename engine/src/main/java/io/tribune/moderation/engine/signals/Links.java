package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Analysis;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Finds the links in a comment: full URLs and {@code www.} links as autolink sees them, plus bare
 * domains such as {@code bit.ly/abc} or {@code example.com/x} that commenters type to dodge link
 * filters. A bare domain counts only with a known top-level domain written in lower case, so that a
 * missing space after a full stop ("fine.So") is not a link. Public so that the application shows
 * readers as links what screening counts as links, by this one definition.
 */
public final class Links {

    static final Analysis<List<Link>> ALL = screening -> find(screening.text());

    private static final LinkExtractor AUTOLINK = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}\\p{N}@.\\-/])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.){1,6}"
                    + "([a-z]{2,18}|xn--[a-z0-9\\-]{1,30}))(?![\\p{L}\\p{N}\\-@])"
                    + "((?:[/?#][^\\s<>\"'\\p{Pi}\\p{Pf}]{0,500})?)");
    private static final Set<String> TOP_LEVEL = Set.of(
            "com", "org", "net", "info", "biz", "io", "co", "me", "tv", "ly", "gl", "gd", "to", "cc", "ws", "su", "xyz",
            "top", "online", "site", "shop", "store", "club", "click", "link", "live", "app", "dev", "pro", "vip",
            "win", "bet", "casino", "loan", "money", "cash", "buzz", "icu", "cfd", "sbs", "rest", "fun", "example",
            "invalid", "test", "gov", "edu", "int", "eu", "uk", "us", "ru", "рф", "ua", "by", "kz", "es", "de", "at",
            "ch", "fr", "be", "lu", "it", "pt", "br", "nl", "pl", "tr", "ar", "mx", "cl", "ae", "sa", "eg", "ma", "dz",
            "tn", "qa", "kw", "jo", "lb", "ie", "ca", "au", "nz", "in", "cn", "jp", "kr", "se", "no", "dk", "fi", "cz",
            "sk", "hu", "ro", "gr", "news", "blog", "media", "porn", "xxx", "cam", "tk", "ml", "ga", "cf", "gq", "zip",
            "mov");
    /** Enough to judge any link policy; a text with more is spam whatever the rest holds. */
    private static final int MAX_LINKS = 100;

    private static final Set<String> FILE_LIKE = Set.of("exe", "js", "py", "jar", "sh", "txt", "pdf", "jpg", "png");

    private Links() {}

    /** The links in the text in the order they start, at most a hundred of them. */
    public static List<Link> find(String text) {
        List<Link> links = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (LinkSpan span : AUTOLINK.extractLinks(text)) {
            if (links.size() >= MAX_LINKS) {
                break;
            }
            int start = span.getBeginIndex();
            int end = linkEnd(text, start, span.getEndIndex());
            if (end <= start) {
                continue;
            }
            links.add(Link.parse(start, end, text.substring(start, end)));
            taken.set(start, end);
        }
        Matcher m = BARE.matcher(text);
        while (links.size() < MAX_LINKS && m.find()) {
            if (taken.get(m.start()) || !isDomainLike(m.group(1), m.group(2), m.group(3))) {
                continue;
            }
            int end = linkEnd(text, m.start(), m.end());
            links.add(Link.parse(m.start(), end, text.substring(m.start(), end)));
        }
        links.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return links;
    }

    private static boolean isDomainLike(String host, String topLevel, String path) {
        if (topLevel.startsWith("xn--")) {
            return true;
        }
        if (!TOP_LEVEL.contains(topLevel)) {
            return false;
        }
        // "setup.exe" or "v1.2" are file names and versions, not hosts; "bit.ly" is a host
        String first = host.substring(0, host.indexOf('.'));
        return !(FILE_LIKE.contains(topLevel) && path.isEmpty())
                && !first.chars().allMatch(Character::isDigit);
    }

    /**
     * Where a link found from {@code start} to {@code end} really ends: before the first punctuation mark
     * outside ASCII (an Arabic comma or question mark, an ideographic full stop or a guillemet written straight
     * after a link ends the sentence, not the link, which spells such characters percent-encoded), and before
     * the sentence's own trailing punctuation.
     */
    private static int linkEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0x7F && isPunctuation(c)) {
                end = i;
                break;
            }
        }
        return trimTrailing(text, start, end);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static int trimTrailing(String text, int start, int end) {
        while (end > start && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    static boolean isOwn(Link link, Screening screening) {
        return screening.policy().ownDomains().stream().anyMatch(link::isUnder);
    }
}
