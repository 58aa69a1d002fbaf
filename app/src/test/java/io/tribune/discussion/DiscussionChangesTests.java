package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.system.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editing and deleting one's own comments, and reporting others'. */
@DiscussionTest
class DiscussionChangesTests {

    @Autowired
    PostComment postComment;

    @Autowired
    EditComment editComment;

    @Autowired
    DeleteComment deleteComment;

    @Autowired
    ReportComment reportComment;

    @Autowired
    Comments comments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    Commenters commenters;

    @BeforeEach
    void commenters() {
        commenters = new Commenters(jdbc, policy);
    }

    @Test
    void anEditWithinTheWindowIsScreenedAgainMarkedEditedAndKeepsTheEarlierText() {
        AccountId author = commenters.confirmed("Leela");
        long article = commenters.article("en");
        long id = published(author, "en", article, "The second chart shows the wrong year, I think.");

        Posting edited = editComment.edit(change(author, "en", article, id, "The second chart shows 2024, not 2025."));

        assertThat(edited)
                .isEqualTo(new Posting.Posted(id, CommentStatus.PUBLISHED, "Your comment has been published."));
        CommentView shown = threadOf(article, id).comment();
        assertThat(shown.body()).isEqualTo("The second chart shows 2024, not 2025.");
        assertThat(shown.isEdited()).isTrue();
        assertThat(jdbc.sql("select body from comment_revision where comment_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("The second chart shows the wrong year, I think.");
    }

    @Test
    void anEditThatBreaksARuleTakesTheCommentDownAndOutOfTheCount() {
        AccountId author = commenters.confirmed("Romana");
        long article = commenters.article("en");
        long id = published(author, "en", article, "I liked the interview with the mayor.");
        int before = commentCountOf(article);

        Posting.Posted edited =
                (Posting.Posted) editComment.edit(change(author, "en", article, id, "The mayor is a fucking liar."));

        assertThat(edited.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(commentCountOf(article)).isEqualTo(before - 1);
        assertThat(comments.discussion("en", article, Optional.empty(), CommentOrder.NEWEST, null)
                        .orElseThrow()
                        .threads())
                .noneMatch(t -> t.comment().id() == id);
    }

    @Test
    void afterTheWindowAndForOthersAnEditIsRefusedAndChangesNothing() {
        AccountId author = commenters.confirmed("Nyssa");
        long article = commenters.article("ar");
        long id = published(author, "ar", article, "مقال مفيد جدًا عن الميزانية، شكرًا.");
        AccountId stranger = commenters.confirmed("Tegan");
        long english = commenters.article("en");
        long other = published(commenters.confirmed("Adric"), "en", english, "A clear account of the negotiations.");

        assertThat(editComment.edit(change(author, "ar", article, id, "نص آخر تمامًا.")))
                .isEqualTo(new Posting.Refused("discussion.error.editWindow"));
        assertThat(editComment.edit(change(stranger, "en", english, other, "Hijacked text.")))
                .isEqualTo(new Posting.Refused("discussion.error.notYours"));
        assertThat(bodyOf(id)).isEqualTo("مقال مفيد جدًا عن الميزانية، شكرًا.");
        assertThat(bodyOf(other)).isEqualTo("A clear account of the negotiations.");
        assertThatThrownBy(() -> editComment.edit(change(author, "en", english, id, "Wrong article.")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aDeletedCommentLeavesTheDiscussionButItsRepliesStayUnderAPlaceholder() {
        long article = commenters.article("es");
        AccountId author = commenters.confirmed("Carmen");
        AccountId replier = commenters.confirmed("Diego");
        long thread = published(author, "es", article, "Buen análisis de la reforma de las pensiones.");
        published(replier, "es", article, thread, "Coincido, aunque falta hablar de los autónomos.");

        assertThat(deleteComment.delete(change(replier, "es", article, thread, null)))
                .isEqualTo("discussion.error.notYours");
        assertThat(deleteComment.delete(change(author, "es", article, thread, null)))
                .isNull();

        Discussion.Thread shown = threadOf(article, thread);
        assertThat(shown.comment().isDeleted()).isTrue();
        assertThat(shown.comment().body()).isEmpty();
        assertThat(shown.comment().authorName()).isNull();
        assertThat(shown.replies()).extracting(CommentView::authorName).containsExactly("Diego");
        assertThat(postComment.post(new NewComment(
                        replier,
                        "es",
                        article,
                        thread,
                        "¿Y ahora?",
                        UUID.randomUUID().toString(),
                        Commenters.address())))
                .isEqualTo(new Posting.Refused("discussion.error.parentGone"));
    }

    @Test
    void reportsWeighedByTheReportersRecordHideACommentAtTheThreshold() {
        long article = commenters.article("en");
        long id =
                published(commenters.confirmed("Turlough"), "en", article, "Everyone who disagrees with me is wrong.");
        AccountId first = commenters.confirmed("Peri");
        AccountId second = commenters.confirmed("Mel");
        AccountId trusted = commenters.confirmed("Ace");
        upheldReports(trusted, 2);

        assertThat(reportComment.report(change(first, "en", article, id, "trolling")))
                .isEqualTo(new Reporting.Reported(false));
        assertThat(reportComment.report(change(first, "en", article, id, "trolling")))
                .isEqualTo(new Reporting.Refused("discussion.error.reportedAlready"));
        assertThat(reportComment.report(change(second, "en", article, id, "'; drop table comment; --")))
                .isEqualTo(new Reporting.Refused("discussion.error.reportReason"));
        assertThat(threadOf(article, id)).isNotNull();

        assertThat(reportComment.report(change(trusted, "en", article, id, "trolling")))
                .isEqualTo(new Reporting.Reported(true));
        assertThat(comments.discussion("en", article, Optional.empty(), CommentOrder.NEWEST, null)
                        .orElseThrow()
                        .threads())
                .noneMatch(t -> t.comment().id() == id);
        assertThat(reportComment.report(change(second, "en", article, id, "trolling")))
                .isEqualTo(new Reporting.Refused("discussion.error.reportGone"));
    }

    @Test
    void aReaderCannotReportTheirOwnComment() {
        AccountId author = commenters.confirmed("Jo Grant");
        long article = commenters.article("en");
        long id = published(author, "en", article, "A thoughtful piece on the housing shortage.");

        assertThat(reportComment.report(change(author, "en", article, id, "spam")))
                .isEqualTo(new Reporting.Refused("discussion.error.reportOwn"));
    }

    @Test
    void onceTheDiscussionClosesAnEditIsRefusedButReportsAndDeletionsStillCount() {
        long article = commenters.article("es");
        AccountId author = commenters.confirmed("Lucía");
        AccountId reader = commenters.confirmed("Marta");
        long id = published(author, "es", article, "La reforma llega tarde, pero llega.");
        long other = published(author, "es", article, "Falta un gráfico con los datos por región.");
        assertThat(threadOf(article, id).comment()).isNotNull();
        commenters.closeDiscussion(article);
        try {
            assertThat(editComment.edit(change(author, "es", article, id, "La reforma llega tarde.")))
                    .isEqualTo(new Posting.Refused("discussion.error.closedToEdits"));
            assertThat(bodyOf(id)).isEqualTo("La reforma llega tarde, pero llega.");
            assertThat(jdbc.sql("select count(*) from comment_revision where comment_id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single())
                    .isZero();
            CommentView shown = comments
                    .discussion("es", article, Optional.of(author), CommentOrder.NEWEST, null)
                    .orElseThrow()
                    .threads()
                    .stream()
                    .filter(t -> t.comment().id() == id)
                    .findFirst()
                    .orElseThrow()
                    .comment();
            assertThat(shown.isOwn()).isTrue();
            assertThat(shown.isEditable()).isFalse();

            assertThat(reportComment.report(change(reader, "es", article, id, "trolling")))
                    .isEqualTo(new Reporting.Reported(false));
            assertThat(deleteComment.delete(change(author, "es", article, other, null)))
                    .isNull();
            assertThat(statusOf(other)).isEqualTo("DELETED");
        } finally {
            commenters.reopenDiscussion(article);
        }
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from comment where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long published(AccountId author, String edition, long article, String text) {
        return published(author, edition, article, null, text);
    }

    private long published(AccountId author, String edition, long article, Long parent, String text) {
        Posting.Posted posted = (Posting.Posted) postComment.post(new NewComment(
                author, edition, article, parent, text, UUID.randomUUID().toString(), Commenters.address()));
        assertThat(posted.status()).as(posted.notice()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }

    private static CommentChange change(AccountId reader, String edition, long article, long comment, String text) {
        return new CommentChange(reader, edition, article, comment, text, Commenters.address());
    }

    private Discussion.Thread threadOf(long article, long id) {
        String edition = jdbc.sql("select edition from article where id = ?")
                .param(article)
                .query(String.class)
                .single();
        Discussion discussion = comments.discussion(edition, article, Optional.empty(), CommentOrder.NEWEST, null)
                .orElseThrow();
        return discussion.threads().stream()
                .filter(t -> t.comment().id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Earlier reports of the reader that moderators upheld, on comments of their own making. */
    private void upheldReports(AccountId reporter, int count) {
        long article = commenters.otherArticle("en");
        for (int i = 0; i < count; i++) {
            long comment = published(
                    commenters.confirmed("Author " + i), "en", article, "Opinion number " + i + " on the port strike.");
            jdbc.sql("insert into comment_report (comment_id, reporter_id, reason, weight, created_at, outcome)"
                            + " values (?, ?, 'spam', 1, current_timestamp, 'UPHELD')")
                    .params(comment, reporter.value())
                    .update();
        }
    }

    private String bodyOf(long id) {
        return jdbc.sql("select body from comment where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private int commentCountOf(long article) {
        return jdbc.sql("select comment_count from article where id = ?")
                .param(article)
                .query(Integer.class)
                .single();
    }
}
