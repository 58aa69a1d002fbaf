package io.tribune.discussion;

import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.limits.RequestQuotas.Request;
import io.tribune.publishing.Articles;
import io.tribune.publishing.DiscussedArticle;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commenter changes the text of a published comment of theirs within the edition's edit window, while
 * the discussion is open. The earlier text is kept for moderators with its decision; the new one is
 * screened like a new comment, held meanwhile, and marked edited.
 */
@Service
public class EditComment {

    private final Participation participation;
    private final RequestQuotas quotas;
    private final Articles articles;
    private final CommentRepository comments;
    private final Screener screener;
    private final Counts counts;
    private final DiscussionSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CommentPermits permits;
    private final Clock clock;

    EditComment(
            Participation participation,
            RequestQuotas quotas,
            Articles articles,
            CommentRepository comments,
            Screener screener,
            Counts counts,
            DiscussionSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            CommentPermits permits,
            Clock clock) {
        this.participation = participation;
        this.quotas = quotas;
        this.articles = articles;
        this.comments = comments;
        this.screener = screener;
        this.counts = counts;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.permits = permits;
        this.clock = clock;
    }

    /**
     * Edits the comment; throws {@link NotFound} when it is not a comment under that article of the
     * edition, and {@link io.tribune.system.Busy} when the node is handling as many comments as it may
     * and this edit waited too long for its turn (nothing changed then).
     */
    public Posting edit(CommentChange change) {
        return permits.run(() -> editNow(change));
    }

    private Posting editNow(CommentChange change) {
        StoredComment comment = OwnComments.find(comments, change);
        DiscussedArticle article = articles.discussed(comment.articleId()).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        if (comment.authorId() != change.reader().value()) {
            return new Posting.Refused("discussion.error.notYours");
        }
        if (comment.status() != CommentStatus.PUBLISHED) {
            return new Posting.Refused("discussion.error.notEditable");
        }
        if (!settings.isOpen(article, now)) {
            return new Posting.Refused("discussion.error.closedToEdits");
        }
        if (now.isAfter(settings.editableUntil(comment.edition(), comment.createdAt()))) {
            return new Posting.Refused("discussion.error.editWindow");
        }
        Optional<String> refusal = participation.refusal(change.reader());
        if (refusal.isPresent()) {
            return new Posting.Refused(refusal.get());
        }
        CommentText.Checked text = CommentText.check(change.text());
        if (text.text().isEmpty()) {
            return new Posting.Refused(text.problem());
        }
        String body = text.text().get().value();
        if (body.equals(comment.body())) {
            return new Posting.Posted(comment.id(), comment.status(), comment.notice());
        }
        if (!quotas.take(Request.COMMENT_EDIT, change.reader(), change.address())) {
            return new Posting.Refused("discussion.error.tooMany");
        }
        transaction.executeWithoutResult(status -> {
            comments.replaceText(comment.id(), body, now);
            counts.recount(comment);
        });
        String parentText = comment.isReply()
                ? comments.find(comment.parentId()).map(StoredComment::body).orElse(null)
                : null;
        Screened screened =
                screener.screen(comment.id(), article, comment.authorId(), change.address(), now, body, parentText);
        StoredComment edited = transaction.execute(status -> {
            StoredComment recorded = screener.record(comment.id(), screened);
            events.publishEvent(new CommentEdited(
                    recorded.id(), recorded.articleId(), recorded.edition(), recorded.authorId(), recorded.status()));
            return recorded;
        });
        return new Posting.Posted(edited.id(), edited.status(), edited.notice());
    }
}
