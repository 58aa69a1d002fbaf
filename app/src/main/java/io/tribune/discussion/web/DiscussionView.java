package io.tribune.discussion.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.discussion.CommentView;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.Discussion;
import io.tribune.discussion.ModerationLinks;
import io.tribune.discussion.Posting;
import io.tribune.system.CsrfField;
import io.tribune.system.Page;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Everything a discussion template draws.
 *
 * @param reasons the rules a reader may report a comment under
 * @param outcome what the reader's last comment or edit became, shown above the discussion, or null
 * @param notice the message key of what the reader's last action did (a deletion, a report), or null
 * @param refusal the form the reader sent that was refused, with why and what they typed, or null
 * @param moderation the community standards and the blocked reader's page, which the moderation module answers
 * @param markup how a comment's text is drawn
 */
public record DiscussionView(
        Page page,
        Discussion discussion,
        Commenting commenting,
        List<CommunityStandards.Rule> reasons,
        Posting.Posted outcome,
        String notice,
        Refusal refusal,
        ModerationLinks.Paths moderation,
        CommentMarkup markup,
        CsrfField csrf) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A refused form.
     *
     * @param form which form: {@code new}, {@code reply-ID}, {@code edit-ID} or {@code report-ID}
     * @param problem the message key of why
     * @param typed what the reader typed, to show again
     */
    public record Refusal(String form, String problem, String typed) {}

    /** Where a signed-out reader logs in to join the discussion. */
    public String logInPath() {
        return AccountPaths.logIn(page.edition());
    }

    public String registerPath() {
        return AccountPaths.register(page.edition());
    }

    /** The reader's account page, which says why they may not comment yet. */
    public String profilePath() {
        return AccountPaths.profile(page.edition());
    }

    public String path() {
        return DiscussionPaths.of(discussion.article());
    }

    /** The comment's own address, to share. */
    public String permalink(CommentView comment) {
        return DiscussionPaths.permalink(page.edition().code(), comment.id());
    }

    /** Where a form about one comment posts: its edit, delete or report action. */
    public String actionPath(CommentView comment, String action) {
        return DiscussionPaths.action(discussion.article(), comment.id(), action);
    }

    /** The outcome's message: the engine's words, or the status's own when screening gave none. */
    public String outcomeNotice() {
        if (outcome.notice() != null && !outcome.notice().isBlank()) {
            return outcome.notice();
        }
        return page.t("discussion.status." + outcomeKind());
    }

    /** The outcome's status as a class name: {@code published}, {@code held} or {@code rejected}. */
    public String outcomeKind() {
        return outcome.status().name().toLowerCase(Locale.ROOT);
    }

    /** A fresh one-time key for each form drawn: the same form sent twice gives one comment, two forms two. */
    public String newSubmitKey() {
        return submitKey();
    }

    /** A new one-time key for a comment form: the same key sent twice gives one comment. */
    static String submitKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the refusal shown belongs to this form. */
    public boolean isRefused(String form) {
        return refusal != null && refusal.form().equals(form);
    }

    /** What the reader typed into this form before it was refused, or the given text. */
    public String typedOr(String form, String text) {
        return isRefused(form) && refusal.typed() != null ? refusal.typed() : text;
    }

    public boolean mayComment() {
        return commenting == Commenting.ALLOWED;
    }

    /** Whether the reader may report comments: signed in and allowed to take part, even once comments close. */
    public boolean mayReport() {
        return commenting == Commenting.ALLOWED || commenting == Commenting.CLOSED_TO_READER;
    }
}
