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
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Pages pages;
    private final Comments comments;
    private final Accounts accounts;
    private final CommunityStandards standards;
    private final Blocks blocks;
    private final ModerationLinks links;

    DiscussionViews(
            Pages pages,
            Comments comments,
            Accounts accounts,
            CommunityStandards standards,
            Blocks blocks,
            ModerationLinks links) {
        this.pages = pages;
        this.comments = comments;
        this.accounts = accounts;
        this.standards = standards;
        this.blocks = blocks;
        this.links = links;
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
     * The answer to a form that found the node too busy to take it: as a refusal, the discussion with the
     * form still holding the text typed and a message to send it again, but as 503 with {@code
     * Retry-After}, like the busy page it stands for (to htmx, the fragment, which it swaps only when 200).
     */
    ModelAndView busy(
            Edition edition,
            long articleId,
            AccountId reader,
            Shown shown,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ModelAndView answer = refused(edition, articleId, reader, shown, request);
        if (!isHtmx(request)) {
            answer.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        }
        return answer;
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

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The refused text to show again, cut well past the limit so a huge post is not sent back whole. */
    private static String echo(String text) {
        int most = CommentText.MAX_LENGTH * 4;
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }
}
