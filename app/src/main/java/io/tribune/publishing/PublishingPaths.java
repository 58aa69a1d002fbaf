package io.tribune.publishing;

import io.tribune.editions.Edition;

/**
 * The addresses of the public pages, written here only: each as the pattern its handler is mapped to
 * and as the path that pages, feeds, sitemaps and redirects link to. An edition's front page is
 * {@link io.tribune.editions.Edition#home()}.
 */
public final class PublishingPaths {

    private static final String EDITION = Edition.PATH;
    private static final String SECTION_SLUG = "/{section:[a-z0-9-]{1,80}}";

    /** The front page; {@link #FRONT_WITHOUT_SLASH} is moved there. */
    public static final String FRONT = EDITION + "/";

    public static final String FRONT_WITHOUT_SLASH = EDITION;
    public static final String NEWS = EDITION + "/news";
    /** A section's list; {@link #SECTION_WITHOUT_SLASH} answers the same. */
    public static final String SECTION = EDITION + SECTION_SLUG + "/";

    public static final String SECTION_WITHOUT_SLASH = EDITION + SECTION_SLUG;
    public static final String TAG = EDITION + "/tags/{tag:[a-z0-9-]{1,100}}";
    public static final String ARTICLE = SECTION + "{slug:[a-z0-9-]{1,120}}";

    public static final String FEED = FRONT + "rss.xml";
    public static final String SECTION_FEED = SECTION + "rss.xml";
    public static final String TAG_FEED = TAG + "/rss.xml";
    /** The edition's Listen Live stream as the player bar asks for it on every page. */
    public static final String LISTEN_LIVE = FRONT + "listen-live.json";

    public static final String SHORT_LINK = "/s/{code}";
    /** Counts a view of an article (an image, so that it also works without scripts). */
    public static final String VIEW = "/api/views/{id:\\d{1,18}}.gif";

    public static final String SITEMAP = "/sitemap.xml";
    public static final String NEWS_SITEMAP = "/news-sitemap.xml";
    public static final String ROBOTS = "/robots.txt";

    private PublishingPaths() {}

    /** All news of an edition, e.g. {@code /en/news}. */
    public static String news(String edition) {
        return "/" + edition + "/news";
    }

    /** All news filtered by a section, a tag, both or neither (a null slug: no filter). */
    public static String news(String edition, String section, String tag) {
        String query = (section == null ? "" : "&section=" + section) + (tag == null ? "" : "&tag=" + tag);
        return query.isEmpty() ? news(edition) : news(edition) + "?" + query.substring(1);
    }

    /** A section's list, e.g. {@code /en/world/}. */
    public static String section(String edition, String section) {
        return "/" + edition + "/" + section + "/";
    }

    /** A tag's list, e.g. {@code /en/tags/climate}. */
    public static String tag(String edition, String tag) {
        return "/" + edition + "/tags/" + tag;
    }

    /** An article's own address, e.g. {@code /en/world/a-slug}. */
    public static String article(String edition, String section, String slug) {
        return section(edition, section) + slug;
    }

    /** The feed of a list: the edition's front page, a section's or a tag's. */
    public static String feedOf(String list) {
        return list.endsWith("/") ? list + "rss.xml" : list + "/rss.xml";
    }

    /** A page of a list (its own parameters kept), e.g. {@code /en/news?tag=climate&page=2}. */
    public static String page(String list, int number) {
        return list + (list.indexOf('?') < 0 ? "?" : "&") + "page=" + number;
    }

    /** The canonical address of a page of a list: the first page is the list itself. */
    public static String canonicalPage(String list, int number) {
        return number > 1 ? page(list, number) : list;
    }

    /** The permanent short address of an article. */
    public static String shortLink(String code) {
        return "/s/" + code;
    }

    /** The image that counts a view of the article. */
    public static String view(long articleId) {
        return "/api/views/" + articleId + ".gif";
    }
}
