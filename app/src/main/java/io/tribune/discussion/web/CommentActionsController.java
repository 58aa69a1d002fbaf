package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentChange;
import io.tribune.discussion.DeleteComment;
import io.tribune.discussion.EditComment;
import io.tribune.discussion.Posting;
import io.tribune.discussion.ReportComment;
import io.tribune.discussion.Reporting;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** What a reader does to one comment: edit or delete their own, report someone else's. */
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
     * @param text the new text (edit) or the id of the rule (report)
     * @param sort the order the reader was looking at, kept for the answer
     */
    record ActionForm(String text, String reason, String sort) {}

    @PostMapping(DiscussionPaths.COMMENT + "/edit")
    ModelAndView edit(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @PathVariable long commentId,
            @ModelAttribute ActionForm form,
            AccountId reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        Posting posting = editComment.edit(change(edition, articleId, commentId, form.text(), reader, request));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        DiscussionViews.Shown shown = DiscussionViews.Shown.sorted(form.sort());
        return switch (posting) {
            case Posting.Posted posted ->
                views.done(
                        edition,
                        articleId,
                        reader,
                        shown.with(posted),
                        DiscussionPaths.posted(edition.code(), articleId, posted.commentId()),
                        request);
            case Posting.Refused refused ->
                views.refused(
                        edition,
                        articleId,
                        reader,
                        shown.refused("edit-" + commentId, refused.problem(), form.text()),
                        request);
        };
    }

    @PostMapping(DiscussionPaths.COMMENT + "/delete")
    ModelAndView delete(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @PathVariable long commentId,
            @ModelAttribute ActionForm form,
            AccountId reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        String problem = deleteComment.delete(change(edition, articleId, commentId, null, reader, request));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        DiscussionViews.Shown shown = DiscussionViews.Shown.sorted(form.sort());
        if (problem != null) {
            return views.refused(
                    edition, articleId, reader, shown.refused("delete-" + commentId, problem, null), request);
        }
        return views.done(
                edition,
                articleId,
                reader,
                shown.with("discussion.done.deleted"),
                DiscussionPaths.done(edition.code(), articleId, "deleted"),
                request);
    }

    @PostMapping(DiscussionPaths.COMMENT + "/report")
    ModelAndView report(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @PathVariable long commentId,
            @ModelAttribute ActionForm form,
            AccountId reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        Reporting reporting =
                reportComment.report(change(edition, articleId, commentId, form.reason(), reader, request));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        DiscussionViews.Shown shown = DiscussionViews.Shown.sorted(form.sort());
        return switch (reporting) {
            case Reporting.Reported reported -> {
                String done = reported.isHidden() ? "hidden" : "reported";
                yield views.done(
                        edition,
                        articleId,
                        reader,
                        shown.with("discussion.done." + done),
                        DiscussionPaths.done(edition.code(), articleId, done),
                        request);
            }
            case Reporting.Refused refused ->
                views.refused(
                        edition,
                        articleId,
                        reader,
                        shown.refused("report-" + commentId, refused.problem(), null),
                        request);
        };
    }

    private static CommentChange change(
            Edition edition,
            long articleId,
            long commentId,
            String text,
            AccountId reader,
            HttpServletRequest request) {
        return new CommentChange(reader, edition.code(), articleId, commentId, text, request.getRemoteAddr());
    }
}
