package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.social.SocialIdentity;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A provider sign-in waiting for the reader's answer to "Do you already have an account here?". It
 * lives only in the session and only for {@link #LIFETIME}; the forms carry its random token, so an
 * answer from a stale tab or a forged form does not apply to another sign-in.
 *
 * @param startedBy the account signed in when the provider round trip began, or null: only that account
 *     gets the identity linked without being asked
 */
public record PendingSocialLogin(
        String token, SocialIdentity identity, String edition, Instant startedAt, AccountId startedBy)
        implements Serializable {

    static final String ATTRIBUTE = "tribune.accounts.social.pending";
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSocialLogin start(SocialIdentity identity, String edition, Instant now, AccountId startedBy) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return new PendingSocialLogin(
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), identity, edition, now, startedBy);
    }

    /** The session's pending sign-in, unless there is none or it expired (then it is forgotten). */
    static Optional<PendingSocialLogin> in(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSocialLogin pending)) {
            return Optional.empty();
        }
        if (pending.isExpired(now)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The session's pending sign-in if the form's token is its own. */
    static Optional<PendingSocialLogin> answeredBy(HttpSession session, String token, Instant now) {
        return in(session, now).filter(pending -> pending.isAnsweredBy(token));
    }

    public static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    boolean wasStartedBy(AccountId account) {
        return account.equals(startedBy);
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }

    boolean isAnsweredBy(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
