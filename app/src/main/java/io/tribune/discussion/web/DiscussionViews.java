package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.discussion.Blocks;
import io.tribune.discussion.CommentOrder;
import io.tribune.discussion.CommentText;
import io.tribune.discussion.Comments;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.Cursor;
import io.tribune.discussion.Discussion;
import io.tribune.discussion.ModerationLinks;
import io.tribune.discussion.Posting;
import io.tribune.editions.Edition;
import io.tribune.system.CsrfField;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Draws a discussion for the reader looking, and answers the forms posted in it the same way every
 * time: without JavaScript a 303 back to the discussion (a reload posts nothing twice) or the page
 * with the refused form (422); with htmx the discussion fragment, swapped in place.
 */
@Component
class DiscussionViews {

    /** How long a busy answer asks the reader to wait, as the busy page does. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** The page of a form refused as busy. */
    static final String BUSY = "discussion/busy";

    private final Pages pages;
    private final Comments comments;
    private final Accounts accounts;
    private final CommunityStandards standards;
    private final Blocks blocks;
    private final ModerationLinks links;
    private final CommentMarkup markup;

    DiscussionViews(
            Pages pages,
            Comments comments,
            Accounts accounts,
            CommunityStandards standards,
            Blocks blocks,
            ModerationLinks links,
            CommentMarkup markup) {
        this.pages = pages;
        this.comments = comments;
        this.accounts = accounts;
        this.standards = standards;
        this.blocks = blocks;
        this.links = links;
        this.markup = markup;
    }

    /** What the reader asked to see and what their last action left to say. */
    record Shown(
            String sort,
            String after,
            Posting.Posted outcome,
            String notice,
            DiscussionView.Refusal refusal,
            Long focus) {

        static Shown sorted(String sort) {
            return new Shown(sort, null, null, null, null, null);
        }

        Shown with(Posting.Posted outcome) {
            return new Shown(sort, after, outcome, notice, refusal, focus);
        }

        Shown with(String notice) {
            return new Shown(sort, after, outcome, notice, refusal, focus);
        }

        Shown refused(String form, String problem, String typed) {
            return new Shown(
                    sort, after, outcome, notice, new DiscussionView.Refusal(form, problem, echo(typed)), focus);
        }
    }

    DiscussionView view(
            Edition edition, long articleId, Optional<AccountId> reader, Shown shown, HttpServletRequest request) {
        Discussion discussion = comments.discussion(
                        edition.code(),
                        articleId,
                        reader,
                        CommentOrder.parse(shown.sort()),
                        Cursor.parse(shown.after()).orElse(null),
                        shown.focus())
                .orElseThrow(NotFound::new);
        Pages.Builder page = pages.in(edition);
        Commenting commenting = commenting(discussion.isOpen(), reader);
        return new DiscussionView(
                page.title(page.text()
                                .get(
                                        "discussion.page.title",
                                        discussion.article().title()))
                        .canonical(DiscussionPaths.of(discussion.article()))
                        .build(),
                discussion,
                commenting,
                commenting == Commenting.SIGNED_OUT
                                || commenting == Commenting.CLOSED
                                || commenting == Commenting.BLOCKED
                        ? List.of()
                        : standards.rules(edition.code()),
                shown.outcome(),
                shown.notice(),
                shown.refusal(),
                links.in(edition.code()),
                markup,
                CsrfField.of(request));
    }

    /** The answer to a form that changed something: back to the discussion at {@code then}, or the fragment. */
    ModelAndView done(
            Edition edition, long articleId, AccountId reader, Shown shown, String then, HttpServletRequest request) {
        if (!isHtmx(request)) {
            return seeOther(then);
        }
        return fragment(view(edition, articleId, Optional.of(reader), shown, request));
    }

    /** The answer to a refused form: the discussion with the form, its text and why. */
    ModelAndView refused(Edition edition, long articleId, AccountId reader, Shown shown, HttpServletRequest request) {
        DiscussionView view = view(edition, articleId, Optional.of(reader), shown, request);
        if (isHtmx(request)) {
            // htmx swaps only successful answers: the refusal is a fragment like any other
            return fragment(view);
        }
        ModelAndView page = new ModelAndView("discussion/page", Map.of("view", view));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /**
     * The answer to a form that found the node too busy to take it, with {@code Retry-After}: without
     * JavaScript, a 503 page of its own holding the form as typed, to be sent again to {@code action}
     * (new comments and replies get a fresh one-time key, edits none); it reads nothing from the database,
     * because under a burst most posts get this answer. To htmx, which swaps only a 200, the discussion
     * fragment with the refused form.
     */
    ModelAndView busy(
            Edition edition,
            long articleId,
            AccountId reader,
            Shown shown,
            Resend resend,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (isHtmx(request)) {
            return refused(edition, articleId, reader, shown, request);
        }
        BusyForm form = busyForm(
                edition, articleId, resend, shown.sort(), shown.refusal().typed(), request);
        ModelAndView answer = new ModelAndView(BUSY, Map.of("form", form));
        answer.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return answer;
    }

    /**
     * The form refused as busy, as typed, for the page of its own that reads nothing from the database.
     *
     * @param typed the text sent, already cut when huge ({@link #echo})
     */
    BusyForm busyForm(
            Edition edition, long articleId, Resend resend, String sort, String typed, HttpServletRequest request) {
        Pages.Builder page = pages.in(edition);
        return new BusyForm(
                page.title(page.text().get("discussion.busy.title")).build(),
                resend.action(),
                CsrfField.of(request),
                resend.isEdit() ? null : DiscussionView.submitKey(),
                resend.parent(),
                resend.isEdit() ? null : CommentOrder.parse(sort).param(),
                typed,
                DiscussionPaths.of(edition.code(), articleId));
    }

    /** Where a form turned away busy is sent again: a comment or reply to the discussion, or an edit. */
    record Resend(String action, Long parent, boolean isEdit) {

        static Resend comment(Edition edition, long articleId, Long parent) {
            return new Resend(DiscussionPaths.of(edition.code(), articleId), parent, false);
        }

        static Resend edit(String action) {
            return new Resend(action, null, true);
        }
    }

    ModelAndView page(DiscussionView view, boolean isMore, HttpServletRequest request) {
        if (isHtmx(request)) {
            return isMore ? new ModelAndView("discussion/fragments/more", Map.of("view", view)) : fragment(view);
        }
        return new ModelAndView("discussion/page", Map.of("view", view));
    }

    /** What the reader may do in a discussion that is open (or closed). */
    Commenting commenting(boolean isOpen, Optional<AccountId> reader) {
        if (reader.isEmpty()) {
            return isOpen ? Commenting.SIGNED_OUT : Commenting.CLOSED;
        }
        if (!accounts.mayComment(reader.get())) {
            return isOpen ? Commenting.NOT_ALLOWED : Commenting.CLOSED;
        }
        if (blocks.isBlocked(reader.get())) {
            return Commenting.BLOCKED;
        }
        return isOpen ? Commenting.ALLOWED : Commenting.CLOSED_TO_READER;
    }

    /** A 303 to the path, which the browser then gets: a reload posts nothing twice. */
    static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static ModelAndView fragment(DiscussionView view) {
        return new ModelAndView("discussion/fragments/discussion", Map.of("view", view));
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The refused text to show again, cut well past the limit so a huge post is not sent back whole. */
    static String echo(String text) {
        int most = CommentText.MAX_LENGTH * 4;
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }
}
