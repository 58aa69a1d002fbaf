package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentChange;
import io.tribune.discussion.DeleteComment;
import io.tribune.discussion.EditComment;
import io.tribune.discussion.Posting;
import io.tribune.discussion.ReportComment;
import io.tribune.discussion.Reporting;
import io.tribune.editions.Edition;
import io.tribune.system.Busy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a reader does to one comment: edit or delete their own, report someone else's. The comment is
 * named by the path alone: a form field of the same name never stands in for it.
 */
@Controller
class CommentActionsController {

    private final DiscussionViews views;
    private final EditComment editComment;
    private final DeleteComment deleteComment;
    private final ReportComment reportComment;

    CommentActionsController(
            DiscussionViews views, EditComment editComment, DeleteComment deleteComment, ReportComment reportComment) {
        this.views = views;
        this.editComment = editComment;
        this.deleteComment = deleteComment;
        this.reportComment = reportComment;
    }

    /**
     * A form about one comment.
     *
     * @param text the new text (edit)
     * @param reason the id of the rule (report)
     * @param sort the order the reader was looking at, kept for the answer
     */
    record ActionForm(String text, String reason, String sort) {}

    @PostMapping(DiscussionPaths.COMMENT_ACTION)
    ModelAndView act(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @PathVariable long commentId,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            AccountId reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Act act = new Act(edition, articleId, commentId, form, reader, request);
        return switch (action) {
            case "edit" -> edit(act, response);
            case "delete" -> delete(act);
            default -> report(act);
        };
    }

    private ModelAndView edit(Act act, HttpServletResponse response) {
        Posting posting;
        try {
            posting = editComment.edit(act.change(act.form().text()));
        } catch (Busy busy) {
            // nothing was changed: the form comes back with the text typed, to be sent again
            DiscussionViews.Shown shown = act.shown()
                    .refused(
                            "edit-" + act.commentId(),
                            "discussion.error.busy",
                            act.form().text());
            String again = DiscussionPaths.action(act.edition().code(), act.articleId(), act.commentId(), "edit");
            return views.busy(
                    act.edition(),
                    act.articleId(),
                    act.reader(),
                    shown,
                    DiscussionViews.Resend.edit(again),
                    act.request(),
                    response);
        }
        return switch (posting) {
            case Posting.Posted posted ->
                done(
                        act,
                        act.shown().with(posted),
                        DiscussionPaths.posted(act.edition().code(), act.articleId(), posted.commentId()));
            case Posting.Refused refused ->
                refused(act, "edit", refused.problem(), act.form().text());
        };
    }

    private ModelAndView delete(Act act) {
        String problem = deleteComment.delete(act.change(null));
        if (problem != null) {
            return refused(act, "delete", problem, null);
        }
        return done(
                act,
                act.shown().with("discussion.done.deleted"),
                DiscussionPaths.done(act.edition().code(), act.articleId(), "deleted"));
    }

    private ModelAndView report(Act act) {
        return switch (reportComment.report(act.change(act.form().reason()))) {
            case Reporting.Reported reported -> {
                String done = reported.isHidden() ? "hidden" : "reported";
                yield done(
                        act,
                        act.shown().with("discussion.done." + done),
                        DiscussionPaths.done(act.edition().code(), act.articleId(), done));
            }
            case Reporting.Refused refused -> refused(act, "report", refused.problem(), null);
        };
    }

    /** One action as it was asked for: on which comment, by whom, with what form. */
    private record Act(
            Edition edition,
            long articleId,
            long commentId,
            ActionForm form,
            AccountId reader,
            HttpServletRequest request) {

        CommentChange change(String text) {
            return new CommentChange(reader, edition.code(), articleId, commentId, text, request.getRemoteAddr());
        }

        DiscussionViews.Shown shown() {
            return DiscussionViews.Shown.sorted(form.sort());
        }
    }

    private ModelAndView done(Act act, DiscussionViews.Shown shown, String then) {
        return views.done(act.edition(), act.articleId(), act.reader(), shown, then, act.request());
    }

    /** The discussion with the refused form ({@code edit}, {@code delete} or {@code report} of the comment) open. */
    private ModelAndView refused(Act act, String form, String problem, String typed) {
        DiscussionViews.Shown shown = act.shown().refused(form + "-" + act.commentId(), problem, typed);
        return views.refused(act.edition(), act.articleId(), act.reader(), shown, act.request());
    }
}
