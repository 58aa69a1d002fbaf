package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Comments;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.editions.Edition;
import io.tribune.system.Busy;
import io.tribune.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The discussion under an article: a page of its own that works without JavaScript, and the same
 * discussion as an htmx fragment that the article page loads into its discussion section. Posting
 * answers at once with what became of the comment.
 */
@Controller
class DiscussionController {

    /** What a finished action may say above the discussion, as {@code ?done=}. */
    private static final Set<String> DONE = Set.of("deleted", "reported", "hidden");

    private final DiscussionViews views;
    private final Comments comments;
    private final PostComment postComment;

    DiscussionController(DiscussionViews views, Comments comments, PostComment postComment) {
        this.views = views;
        this.comments = comments;
        this.postComment = postComment;
    }

    /**
     * Which page of the discussion to show.
     *
     * @param posted the reader's comment whose outcome to show above the discussion
     * @param done what the reader's last action did: {@code deleted}, {@code reported} or {@code hidden}
     * @param comment the comment a link led to, whose thread alone is shown
     */
    record Browse(String sort, String after, Long posted, String done, Long comment) {}

    @GetMapping(DiscussionPaths.DISCUSSION)
    ModelAndView discussion(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @ModelAttribute Browse browse,
            Optional<AccountId> reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        Posting.Posted outcome = browse.posted() == null || reader.isEmpty()
                ? null
                : comments.outcome(browse.posted(), reader.get()).orElse(null);
        String notice = browse.done() != null && DONE.contains(browse.done()) && reader.isPresent()
                ? "discussion.done." + browse.done()
                : null;
        DiscussionViews.Shown shown =
                new DiscussionViews.Shown(browse.sort(), browse.after(), outcome, notice, null, browse.comment());
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return views.page(views.view(edition, articleId, reader, shown, request), browse.after() != null, request);
    }

    /**
     * A comment's own address: to its thread in the discussion, for anyone who may see it there (its
     * author alone while it is held); 404 for anything else, as for a comment that never was.
     */
    @GetMapping(DiscussionPaths.PERMALINK)
    ModelAndView permalink(
            @PathVariable Edition edition,
            @PathVariable long commentId,
            Optional<AccountId> reader,
            HttpServletResponse response) {
        long articleId = comments.articleOf(edition.code(), commentId, reader).orElseThrow(NotFound::new);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return DiscussionViews.seeOther(DiscussionPaths.focused(edition.code(), articleId, commentId));
    }

    @PostMapping(DiscussionPaths.DISCUSSION)
    ModelAndView post(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @ModelAttribute CommentForm form,
            AccountId author,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        DiscussionViews.Shown shown = DiscussionViews.Shown.sorted(form.sort());
        String formName = form.parent() == null ? "new" : "reply-" + form.parent();
        Posting posting;
        try {
            posting = postComment.post(new NewComment(
                    author,
                    edition.code(),
                    articleId,
                    form.parent(),
                    form.text(),
                    form.submit(),
                    request.getRemoteAddr()));
        } catch (Busy busy) {
            // nothing was stored: the form comes back with the text typed, to be sent again
            return views.busy(
                    edition,
                    articleId,
                    author,
                    shown.refused(formName, "discussion.error.busy", form.text()),
                    DiscussionViews.Resend.comment(edition, articleId, form.parent()),
                    request,
                    response);
        }
        return switch (posting) {
            case Posting.Posted posted ->
                views.done(
                        edition,
                        articleId,
                        author,
                        shown.with(posted),
                        DiscussionPaths.posted(edition.code(), articleId, posted.commentId()),
                        request);
            case Posting.Refused refused ->
                views.refused(
                        edition, articleId, author, shown.refused(formName, refused.problem(), form.text()), request);
        };
    }
}
