package io.tribune.publishing;

/**
 * An article as a notification tells of it: headline, lead, picture and short link, and whether the
 * newsroom flagged it as breaking news.
 *
 * @param image the path of its picture's smallest rendition, or null when it has none
 * @param shortLink the path of its short link, e.g. {@code /s/abc12}
 */
public record ArticleSummary(
        long id,
        String edition,
        String section,
        String title,
        String lead,
        String image,
        String shortLink,
        boolean isBreaking) {}
