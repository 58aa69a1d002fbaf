package io.tribune.moderation;

import io.tribune.editions.Edition;

/**
 * The addresses of the moderation pages, written here only: each as the pattern its handler is mapped
 * to and as the path of an edition (given by its code) that pages, letters, statements and redirects
 * link to.
 */
public final class ModerationPaths {

    private static final String EDITION = Edition.PATH;
    private static final String ID = "{id:[0-9]{1,18}}";

    /** The community standards, open to all. */
    public static final String STANDARDS = EDITION + "/standards";

    public static final String TRANSPARENCY = EDITION + "/transparency";

    /** A reader's own standing: whether they are blocked, why, and the unlock request form. */
    public static final String BLOCKED = EDITION + "/blocked";

    public static final String UNLOCK_REQUEST = BLOCKED + "/unlock";
    /** A reader's statements of reasons, each under it. */
    public static final String STATEMENTS = EDITION + "/statements";

    public static final String STATEMENT = STATEMENTS + "/" + ID;

    /** The moderators' console; every page of it is under it. */
    public static final String CONSOLE = EDITION + "/moderation";

    public static final String QUEUE = CONSOLE + "/{queue:held|reported|rejected}";
    public static final String COMMENT = CONSOLE + "/comments/" + ID;
    public static final String APPROVE = COMMENT + "/approve";
    public static final String REJECT = COMMENT + "/reject";
    public static final String EDIT = COMMENT + "/edit";
    /** Any of the three decisions on a comment, as its handler is mapped. */
    public static final String DECISION = COMMENT + "/{decision:approve|reject|edit}";

    public static final String AUTHOR = CONSOLE + "/authors/" + ID;
    public static final String ACCOUNT = CONSOLE + "/accounts/" + ID;
    public static final String BLOCK = ACCOUNT + "/block";
    public static final String DELETE = ACCOUNT + "/delete";
    public static final String CLUSTERS = CONSOLE + "/clusters";
    /** Approving or rejecting the chosen members of a cluster. */
    public static final String CLUSTER_DECISION = CLUSTERS + "/{action:approve|reject}";

    public static final String UNLOCKS = CONSOLE + "/unlock";
    public static final String GRANT = UNLOCKS + "/" + ID + "/grant";
    public static final String REFUSE = UNLOCKS + "/" + ID + "/refuse";

    /** The administrators' pages of the console. */
    public static final String AUDIT = CONSOLE + "/audit";

    public static final String EXPORT = CONSOLE + "/statements.json";
    public static final String ENGINE = CONSOLE + "/engine";
    public static final String POLICY = CONSOLE + "/policy";
    public static final String DRY_RUN = POLICY + "/dry-run";

    private ModerationPaths() {}

    /** The path of a page of the edition, from the pattern its handler is mapped to, e.g. {@link #POLICY}. */
    public static String in(String edition, String mapping) {
        return "/" + edition + mapping.substring(EDITION.length());
    }

    /** The path of the page of one comment, account or request, e.g. {@link #APPROVE} of comment 12. */
    public static String in(String edition, String mapping, long id) {
        return in(edition, mapping).replace(ID, Long.toString(id));
    }

    /** The path pattern of a page and everything under it, for request matchers. */
    public static String under(String mapping) {
        return mapping + "/**";
    }

    public static String standards(String edition) {
        return in(edition, STANDARDS);
    }

    /** One rule on the standards page, where a statement of reasons or the DSA export points. */
    public static String rule(String edition, String rule) {
        return standards(edition) + "#rule-" + rule;
    }

    public static String blocked(String edition) {
        return in(edition, BLOCKED);
    }

    public static String statement(String edition, long id) {
        return in(edition, STATEMENT, id);
    }

    /**
     * A page of the console by the name of its tab: a queue ({@code held}, {@code reported},
     * {@code rejected}), {@code clusters}, {@code unlock} or {@code audit}.
     */
    public static String tab(String edition, String tab) {
        return in(edition, CONSOLE) + "/" + tab;
    }

    /** Where the choice about a cluster's members posts: {@code approve} or {@code reject}. */
    public static String clusterDecision(String edition, String action) {
        return in(edition, CLUSTERS) + "/" + action;
    }

    public static String author(String edition, long id) {
        return in(edition, AUTHOR, id);
    }

    /** A queue narrowed to one author's comments. */
    public static String authorsComments(String edition, String queue, long author) {
        return tab(edition, queue) + "?author=" + author;
    }

    /** The next page of a list that goes on after the item {@code id}: {@code after} or {@code before}. */
    public static String next(String list, String param, long id) {
        return list + (list.indexOf('?') < 0 ? "?" : "&") + param + "=" + id;
    }
}
