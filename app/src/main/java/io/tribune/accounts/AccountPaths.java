package io.tribune.accounts;

import io.tribune.editions.Edition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the account pages, written here only: each as the pattern its handler is mapped
 * to and as the path of an edition that pages, letters and redirects link to. Other modules link to
 * the log-in, registration and profile pages through these.
 */
public final class AccountPaths {

    private static final String EDITION = Edition.PATH;

    public static final String PROFILE = EDITION + "/account";
    public static final String NAME = PROFILE + "/name";
    public static final String PASSWORD = PROFILE + "/password";
    public static final String AVATAR = PROFILE + "/avatar";
    public static final String AVATAR_REMOVAL = AVATAR + "/remove";
    public static final String EMAIL = PROFILE + "/email";
    public static final String EMAIL_CONFIRMATION = EMAIL + "/confirm";
    public static final String NOTIFICATIONS = PROFILE + "/notifications";
    public static final String CONSENT = PROFILE + "/consent";
    public static final String EXPORT = PROFILE + "/export.json";
    public static final String BAR = PROFILE + "/bar";

    public static final String REGISTER = PROFILE + "/register";
    public static final String REGISTERED = PROFILE + "/registered";
    public static final String CONFIRMATION = PROFILE + "/confirm";
    public static final String LOG_IN = PROFILE + "/login";
    /** Not in an edition: the bar posts the edition to go back to. */
    public static final String LOG_OUT = "/account/logout";

    public static final String RECOVER = PROFILE + "/recover";
    public static final String RECOVERY_SENT = RECOVER + "/sent";
    public static final String RESET = PROFILE + "/reset";

    public static final String DELETE = PROFILE + "/delete";
    public static final String RESTORE = PROFILE + "/restore";

    /** The administrators' pages under it. */
    public static final String ADMIN = PROFILE + "/admin";

    public static final String ROLES = ADMIN + "/roles";
    public static final String REVOKE = ADMIN + "/revoke";

    public static final String IDENTITIES = PROFILE + "/identities";
    public static final String UNLINK = IDENTITIES + "/unlink";
    public static final String SOCIAL = PROFILE + "/social";
    public static final String SOCIAL_START = SOCIAL + "/start/{provider}";
    public static final String SOCIAL_LINK = SOCIAL + "/link";
    public static final String SOCIAL_JOIN = SOCIAL + "/join";
    public static final String SOCIAL_FAILED = SOCIAL + "/failed";

    public static final String PRIVACY = EDITION + "/privacy";

    private AccountPaths() {}

    /** The path of a page of the edition, from the pattern its handler is mapped to, e.g. {@link #LOG_IN}. */
    public static String in(Edition edition, String mapping) {
        return "/" + edition.code() + mapping.substring(EDITION.length());
    }

    /** The path pattern of a page in every edition, for request matchers, e.g. {@code /*}{@code /account/name}. */
    public static String inEveryEdition(String mapping) {
        return "/*" + mapping.substring(EDITION.length());
    }

    /** The path pattern of a page and everything under it in every edition. */
    public static String underInEveryEdition(String mapping) {
        return inEveryEdition(mapping) + "/**";
    }

    public static String profile(Edition edition) {
        return in(edition, PROFILE);
    }

    public static String logIn(Edition edition) {
        return in(edition, LOG_IN);
    }

    /** The log-in page saying that the page asked for needs a recent log-in. */
    public static String logInAgain(Edition edition) {
        return logIn(edition) + "?again";
    }

    public static String register(Edition edition) {
        return in(edition, REGISTER);
    }

    public static String recover(Edition edition) {
        return in(edition, RECOVER);
    }

    public static String privacy(Edition edition) {
        return in(edition, PRIVACY);
    }

    /** A mailed link's page ({@link #CONFIRMATION}, {@link #RESET}, {@link #RESTORE}...) with its token. */
    public static String withToken(Edition edition, String mapping, String token) {
        return in(edition, mapping) + "?token=" + token;
    }

    /** The identities page with the notice of what was just done ({@code linked}, {@code unlinked}). */
    public static String identitiesDone(Edition edition, String done) {
        return in(edition, IDENTITIES) + "?done=" + done;
    }

    /** Where a provider's button leads: Tribune first notes the edition, then hands over to the provider. */
    public static String socialStart(Edition edition, String provider) {
        return in(edition, SOCIAL_START).replace("{provider}", provider);
    }

    /** The admin's list of accounts: the search, and the page of its results when given. */
    public static String roles(Edition edition, String query) {
        return in(edition, ROLES) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    public static String roles(Edition edition, String query, int page) {
        return roles(edition, query) + "&page=" + page;
    }

    public static String revoke(Edition edition, String grant) {
        return in(edition, REVOKE) + "?grant=" + grant;
    }
}
