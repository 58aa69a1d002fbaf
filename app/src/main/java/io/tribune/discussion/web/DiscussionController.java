package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.discussion.CommentOrder;
import io.tribune.discussion.CommentText;
import io.tribune.discussion.Comments;
import io.tribune.discussion.Cursor;
import io.tribune.discussion.Discussion;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.editions.Edition;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The discussion under an article: a page of its own that works without JavaScript, and the same
 * discussion as an htmx fragment that the article page loads into its discussion section. Posting
 * answers at once with what became of the comment.
 */
@Controller
class DiscussionController {

    private final Pages pages;
    private final Comments comments;
    private final PostComment postComment;
    private final Accounts accounts;

    DiscussionController(Pages pages, Comments comments, PostComment postComment, Accounts accounts) {
        this.pages = pages;
        this.comments = comments;
        this.postComment = postComment;
        this.accounts = accounts;
    }

    /**
     * Which page of the discussion to show.
     *
     * @param posted the reader's comment whose outcome to show above the discussion
     */
    record Browse(String sort, String after, Long posted) {}

    @GetMapping(DiscussionPaths.DISCUSSION)
    ModelAndView discussion(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @ModelAttribute Browse browse,
            Optional<AccountId> reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        Discussion discussion = read(edition, articleId, reader, browse.sort(), browse.after());
        Posting.Posted outcome = browse.posted() == null || reader.isEmpty()
                ? null
                : comments.outcome(browse.posted(), reader.get()).orElse(null);
        DiscussionView view = view(edition, discussion, reader, outcome, null, null, null, request);
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (isHtmx(request)) {
            return new ModelAndView(
                    browse.after() == null ? "discussion/fragments/discussion" : "discussion/fragments/more",
                    Map.of("view", view));
        }
        return new ModelAndView("discussion/page", Map.of("view", view));
    }

    @PostMapping(DiscussionPaths.DISCUSSION)
    ModelAndView post(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @ModelAttribute CommentForm form,
            AccountId author,
            HttpServletRequest request,
            HttpServletResponse response) {
        Posting posting = postComment.post(new NewComment(
                author, edition.code(), articleId, form.parent(), form.text(), form.submit(), request.getRemoteAddr()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Optional<AccountId> reader = Optional.of(author);
        if (posting instanceof Posting.Posted posted) {
            if (!isHtmx(request)) {
                return seeOther(DiscussionPaths.posted(edition.code(), articleId, posted.commentId()));
            }
            return fragment(view(
                    edition,
                    read(edition, articleId, reader, form.sort(), null),
                    reader,
                    posted,
                    null,
                    null,
                    null,
                    request));
        }
        Posting.Refused refused = (Posting.Refused) posting;
        DiscussionView view = view(
                edition,
                read(edition, articleId, reader, form.sort(), null),
                reader,
                null,
                refused.problem(),
                echo(form.text()),
                form.parent(),
                request);
        if (isHtmx(request)) {
            // htmx swaps only successful answers: the refusal is a fragment like any other
            return fragment(view);
        }
        ModelAndView page = new ModelAndView("discussion/page", Map.of("view", view));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private Discussion read(Edition edition, long articleId, Optional<AccountId> reader, String sort, String after) {
        return comments.discussion(
                        edition.code(),
                        articleId,
                        reader,
                        CommentOrder.parse(sort),
                        Cursor.parse(after).orElse(null))
                .orElseThrow(NotFound::new);
    }

    private DiscussionView view(
            Edition edition,
            Discussion discussion,
            Optional<AccountId> reader,
            Posting.Posted outcome,
            String problem,
            String typed,
            Long replyTo,
            HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Pages.Builder page = pages.in(edition);
        return new DiscussionView(
                page.title(page.text()
                                .get(
                                        "discussion.page.title",
                                        discussion.article().title()))
                        .canonical(DiscussionPaths.of(discussion.article()))
                        .build(),
                discussion,
                commenting(discussion, reader),
                outcome,
                problem,
                typed == null ? "" : typed,
                replyTo,
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken());
    }

    private Commenting commenting(Discussion discussion, Optional<AccountId> reader) {
        if (!discussion.isOpen()) {
            return Commenting.CLOSED;
        }
        if (reader.isEmpty()) {
            return Commenting.SIGNED_OUT;
        }
        return accounts.mayComment(reader.get()) ? Commenting.ALLOWED : Commenting.NOT_ALLOWED;
    }

    /** After a post, the browser asks for the discussion anew, so reloading it posts nothing twice. */
    private static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** The refused text to show again, cut well past the limit so a huge post is not sent back whole. */
    private static String echo(String text) {
        int most = CommentText.MAX_LENGTH * 4;
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }

    private static ModelAndView fragment(DiscussionView view) {
        return new ModelAndView("discussion/fragments/discussion", Map.of("view", view));
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
