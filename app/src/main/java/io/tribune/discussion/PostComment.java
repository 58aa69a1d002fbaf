package io.tribune.discussion;

import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.limits.RequestQuotas.Request;
import io.tribune.publishing.Articles;
import io.tribune.publishing.DiscussedArticle;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commenter posts a comment or a reply: may they, is the text acceptable, is the article open and
 * the replied-to comment there, was this form submitted already; then the comment is screened, and
 * stored with its decision in one transaction before the author is told, so that the answer survives a
 * crash and nothing is ever shown unscreened.
 */
@Service
public class PostComment {

    private static final Pattern SUBMIT_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Duration SCREENING_WAIT = Duration.ofMillis(50);
    private static final int SCREENING_WAITS = 200;

    private final Participation participation;
    private final RequestQuotas quotas;
    private final Articles articles;
    private final CommentRepository comments;
    private final Screener screener;
    private final DiscussionSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CommentPermits permits;
    private final Clock clock;

    PostComment(
            Participation participation,
            RequestQuotas quotas,
            Articles articles,
            CommentRepository comments,
            Screener screener,
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
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.permits = permits;
        this.clock = clock;
    }

    /**
     * Posts the comment; throws {@link NotFound} when the article is not a published one of the edition,
     * and {@link io.tribune.system.Busy} when the node is handling as many comments as it may and this
     * one waited too long for its turn.
     */
    public Posting post(NewComment comment) {
        return permits.run(() -> postNow(comment));
    }

    private Posting postNow(NewComment comment) {
        DiscussedArticle article = articles.discussed(comment.articleId())
                .filter(a -> a.edition().equals(comment.edition()))
                .orElseThrow(NotFound::new);
        Optional<String> refusal = participation.refusal(comment.author());
        if (refusal.isPresent()) {
            return new Posting.Refused(refusal.get());
        }
        if (comment.submitKey() == null
                || !SUBMIT_KEY.matcher(comment.submitKey()).matches()) {
            return new Posting.Refused("discussion.error.resubmit");
        }
        Optional<StoredComment> submitted =
                comments.bySubmitKey(comment.author().value(), comment.submitKey());
        if (submitted.isPresent()) {
            return answered(submitted.get());
        }
        CommentText.Checked text = CommentText.check(comment.text());
        if (text.text().isEmpty()) {
            return new Posting.Refused(text.problem());
        }
        Instant now = clock.instant();
        if (!settings.isOpen(article, now)) {
            return new Posting.Refused("discussion.error.closed");
        }
        // taken on its own, before the engine works: a reader over quota costs no screening, and the
        // quota's row is locked for one statement, not for the post's transaction (H2 refuses a second
        // writer of a row locked that long rather than waiting for it)
        if (!quotas.take(Request.COMMENT, comment.author(), comment.address())) {
            return new Posting.Refused("discussion.error.tooMany");
        }
        Optional<StoredComment> parent = Optional.empty();
        if (comment.parentId() != null) {
            parent = comments.find(comment.parentId())
                    .filter(p -> p.articleId() == article.id() && p.status() == CommentStatus.PUBLISHED);
            if (parent.isEmpty()) {
                return new Posting.Refused("discussion.error.parentGone");
            }
        }
        try {
            return store(comment, article, parent, text.text().get().value(), now);
        } catch (DuplicateKeyException twice) {
            // the same form submitted again while the first was being screened: one comment
            return comments.bySubmitKey(comment.author().value(), comment.submitKey())
                    .map(this::answered)
                    .orElseThrow(() -> twice);
        }
    }

    /**
     * Screens the comment, then in one transaction stores the comment with its
     * decision, what the decision does to earlier comments, the activity kept for later screenings and
     * the statement of reasons of a rejection: one commit, after which the author is told. No connection
     * is held while the engine works; a crash before the commit leaves nothing, and the author no answer
     * (sending the form again posts it once). Nothing is shown unscreened: the comment is stored decided.
     */
    private Posting store(
            NewComment comment, DiscussedArticle article, Optional<StoredComment> parent, String text, Instant now) {
        Screened screened = screener.screen(
                Submission.NOT_STORED,
                article,
                comment.author().value(),
                comment.address(),
                now,
                text,
                parent.map(StoredComment::body).orElse(null));
        return transaction.execute(status -> {
            long id = comments.insert(
                    article.id(),
                    article.edition(),
                    comment.author().value(),
                    parent.map(StoredComment::id).orElse(null),
                    parent.map(StoredComment::threadId).orElse(null),
                    text,
                    comment.submitKey(),
                    now,
                    screened);
            StoredComment recorded = screener.recorded(id, screened);
            events.publishEvent(new CommentPosted(
                    id, article.id(), article.edition(), comment.author().value(), screened.status()));
            return posted(recorded);
        });
    }

    /**
     * The answer to a form sent again: the first sending's, once its screening is recorded (it may
     * still be under way when the second arrives a moment later).
     */
    private Posting answered(StoredComment first) {
        StoredComment comment = first;
        for (int wait = 0; !comment.isScreened() && wait < SCREENING_WAITS; wait++) {
            try {
                Thread.sleep(SCREENING_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            comment = comments.find(first.id()).orElse(comment);
        }
        return posted(comment);
    }

    private static Posting posted(StoredComment comment) {
        return new Posting.Posted(comment.id(), comment.status(), comment.notice());
    }
}
