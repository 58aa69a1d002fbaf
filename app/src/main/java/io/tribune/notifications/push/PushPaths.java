package io.tribune.notifications.push;

import io.tribune.editions.Edition;

/** The addresses of the push pages, written here only: as handlers map them and as pages link to them. */
public final class PushPaths {

    private static final String EDITION = Edition.PATH;

    /** The preferences panel: topics, and unsubscribing. */
    public static final String PREFERENCES = EDITION + "/notifications";

    public static final String PROMPT = PREFERENCES + "/prompt";
    public static final String SUBSCRIBE = PREFERENCES + "/subscribe";
    public static final String UNSUBSCRIBE = PREFERENCES + "/unsubscribe";
    /** The topics a browser chose, for the panel to tick (the endpoint is posted: it is a secret). */
    public static final String CHOSEN = PREFERENCES + "/chosen";

    /** The administrators' list of sends with their figures. */
    public static final String SENDS = PREFERENCES + "/sends";

    /** The service worker: served from the site root, so that its scope is the whole site. */
    public static final String WORKER = "/push-worker.js";

    /**
     * Where the service worker posts a subscription its push service replaced, with the endpoint it
     * replaces; site-wide, as the worker is: one browser's endpoint serves every edition.
     */
    public static final String RENEWAL = "/push-worker/renewal";

    private PushPaths() {}

    /** The path of a page of the edition, from the pattern its handler is mapped to. */
    public static String in(Edition edition, String mapping) {
        return in(edition.code(), mapping);
    }

    public static String in(String edition, String mapping) {
        return "/" + edition + mapping.substring(EDITION.length());
    }
}
