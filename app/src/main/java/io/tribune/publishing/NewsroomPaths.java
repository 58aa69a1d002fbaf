package io.tribune.publishing;

import io.tribune.editions.Edition;

/**
 * The addresses of the newsroom's pages, written here only: each as the pattern its handler is mapped
 * to and as the path pages link to. Every one needs a signed-in editor of the edition.
 */
public final class NewsroomPaths {

    private static final String NEWSROOM = Edition.PATH + "/newsroom";
    private static final String ID = "{id:[0-9]{1,18}}";

    /** The edition's articles in every state. */
    public static final String DESK = NEWSROOM;

    /** Every newsroom page, for the rule that sends strangers to log in. */
    public static final String ALL = NEWSROOM + "/**";

    public static final String NEW = NEWSROOM + "/articles/new";
    /** A new article's form posts here. */
    public static final String CREATE = NEWSROOM + "/articles";

    public static final String ARTICLE = NEWSROOM + "/articles/" + ID;
    public static final String PREVIEW = ARTICLE + "/preview";
    /** The article's translations: search another edition's articles (GET), link one (POST). */
    public static final String TRANSLATIONS = ARTICLE + "/translations";
    /** Unlinks a translation. */
    public static final String UNLINK = TRANSLATIONS + "/unlink";
    /** When the article's discussion closes. */
    public static final String DISCUSSION = ARTICLE + "/discussion";
    /** The body's live preview (an htmx fragment). */
    public static final String RENDER = NEWSROOM + "/render";
    /** Published articles by any words of their text, for READ MORE links and related picks. */
    public static final String SEARCH = NEWSROOM + "/search";

    public static final String TAGS = NEWSROOM + "/tags";
    /** Uploads a picture to place in a body. */
    public static final String IMAGES = NEWSROOM + "/images";

    /** The edition's Listen Live stream: its address, name and schedule. */
    public static final String LISTEN_LIVE = NEWSROOM + "/listen-live";

    private NewsroomPaths() {}

    public static String desk(String edition) {
        return "/" + edition + "/newsroom";
    }

    public static String newArticle(String edition) {
        return desk(edition) + "/articles/new";
    }

    public static String create(String edition) {
        return desk(edition) + "/articles";
    }

    public static String article(String edition, long id) {
        return desk(edition) + "/articles/" + id;
    }

    public static String preview(String edition, long id) {
        return article(edition, id) + "/preview";
    }

    public static String discussion(String edition, long id) {
        return article(edition, id) + "/discussion";
    }

    public static String render(String edition) {
        return desk(edition) + "/render";
    }

    public static String search(String edition) {
        return desk(edition) + "/search";
    }

    public static String tags(String edition) {
        return desk(edition) + "/tags";
    }

    public static String images(String edition) {
        return desk(edition) + "/images";
    }

    public static String listenLive(String edition) {
        return desk(edition) + "/listen-live";
    }

    public static String translations(String edition, long id) {
        return article(edition, id) + "/translations";
    }

    public static String unlink(String edition, long id) {
        return translations(edition, id) + "/unlink";
    }
}
