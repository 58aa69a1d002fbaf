package io.tribune.discussion.web;

import io.tribune.discussion.CommentOrder;
import io.tribune.discussion.Cursor;
import io.tribune.editions.Edition;
import io.tribune.publishing.DiscussedArticle;
import java.util.List;
import java.util.stream.Stream;

/** The addresses of discussion pages, built here only. */
public final class DiscussionPaths {

    static final String DISCUSSION = Edition.PATH + "/discussion/{articleId:[0-9]{1,18}}";
    static final String COMMENT = DISCUSSION + "/comments/{commentId:[0-9]{1,18}}";
    /** Editing, deleting or reporting a comment. */
    static final String COMMENT_ACTION = COMMENT + "/{action:edit|delete|report}";
    /**
     * Every path that changes something in a discussion (posted to), for the security chain: the
     * mappings of posting and of the comment actions, each variable any value of its segment.
     */
    static final List<String> CHANGES = Stream.of(DISCUSSION, COMMENT_ACTION)
            .map(DiscussionPaths::anyValues)
            .toList();

    static final String LIVE = DISCUSSION + "/live";
    /** A comment's own address, for sharing: it leads to the comment in its thread. */
    static final String PERMALINK = Edition.PATH + "/comments/{commentId:[0-9]{1,18}}";

    private DiscussionPaths() {}

    /** The pattern of a mapping with each variable ({@code {name:regex}}) a whole segment of any value. */
    static String anyValues(String mapping) {
        return mapping.replaceAll("\\{[^/]*}", "*");
    }

    public static String of(DiscussedArticle article) {
        return of(article.edition(), article.id());
    }

    public static String of(String edition, long articleId) {
        return "/" + edition + "/discussion/" + articleId;
    }

    public static String sorted(DiscussedArticle article, CommentOrder order) {
        return of(article) + "?sort=" + order.param();
    }

    public static String more(DiscussedArticle article, CommentOrder order, Cursor after) {
        return sorted(article, order) + "&after=" + after;
    }

    public static String action(DiscussedArticle article, long commentId, String action) {
        return action(article.edition(), article.id(), commentId, action);
    }

    static String action(String edition, long articleId, long commentId, String action) {
        return of(edition, articleId) + "/comments/" + commentId + "/" + action;
    }

    /** The stream of comments published under the article from now on (server-sent events). */
    public static String live(DiscussedArticle article) {
        return of(article) + "/live";
    }

    /** The address that leads to one comment wherever it is in its discussion. */
    public static String permalink(String edition, long commentId) {
        return "/" + edition + "/comments/" + commentId;
    }

    /** The discussion showing the thread that holds the comment, scrolled to it. */
    static String focused(String edition, long articleId, long commentId) {
        return of(edition, articleId) + "?comment=" + commentId + "#comment-" + commentId;
    }

    static String posted(String edition, long articleId, long commentId) {
        return of(edition, articleId) + "?posted=" + commentId + "#outcome";
    }

    static String done(String edition, long articleId, String what) {
        return of(edition, articleId) + "?done=" + what + "#outcome";
    }
}
