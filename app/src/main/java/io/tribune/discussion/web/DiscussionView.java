package io.tribune.discussion.web;

import io.tribune.discussion.Discussion;
import io.tribune.discussion.Posting;
import io.tribune.system.Page;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a discussion template draws.
 *
 * @param outcome what the reader's last comment became, shown above the discussion, or null
 * @param problem the message key of why the reader's comment was refused, or null
 * @param typed the text to show again in the form after a refusal
 * @param replyTo the comment the refused text replied to, or null
 */
public record DiscussionView(
        Page page,
        Discussion discussion,
        Commenting commenting,
        Posting.Posted outcome,
        String problem,
        String typed,
        Long replyTo,
        String csrfName,
        String csrfToken) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public String path() {
        return DiscussionPaths.of(discussion.article());
    }

    /** The outcome's message: the engine's words, or the status's own when screening gave none. */
    public String outcomeNotice() {
        if (outcome.notice() != null && !outcome.notice().isBlank()) {
            return outcome.notice();
        }
        return page.t("discussion.status." + outcome.status().name().toLowerCase(Locale.ROOT));
    }

    /** A fresh one-time key for each form drawn: the same form sent twice gives one comment, two forms two. */
    public String newSubmitKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The problem goes with the form it came from: the thread form (null) or a reply form. */
    public boolean isRefused(Long parent) {
        return problem != null && Objects.equals(replyTo, parent);
    }

    /** The outcome's status as a class name: {@code published}, {@code held} or {@code rejected}. */
    public String outcomeKind() {
        return outcome.status().name().toLowerCase(Locale.ROOT);
    }

    public boolean mayComment() {
        return commenting == Commenting.ALLOWED;
    }
}
