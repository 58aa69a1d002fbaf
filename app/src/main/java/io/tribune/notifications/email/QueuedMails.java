package io.tribune.notifications.email;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPurged;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.NotificationTopic;
import io.tribune.discussion.CommentModerated;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues the letters readers opted into: a reply to a reader's comment that readers can now see
 * (published straight away, or approved: discussion announces both as {@link CommentPosted} with status
 * PUBLISHED), in the transaction that stores it, so that it costs no commit of its own; and the approval
 * of a reader's held comment, once it is committed. Who may be told is checked here and again when the
 * letter goes ({@link NotificationLetters}); nothing here can undo a comment or a decision: what is done
 * in their transaction is done behind a savepoint, and undone alone if it fails.
 */
@Component
class QueuedMails {

    private static final Logger log = LoggerFactory.getLogger(QueuedMails.class);

    private final Replies replies;
    private final Accounts accounts;
    private final EmailQueue queue;
    private final EmailNotificationSettings settings;
    private final Clock clock;
    private final DataSource dataSource;

    QueuedMails(
            Replies replies,
            Accounts accounts,
            EmailQueue queue,
            EmailNotificationSettings settings,
            Clock clock,
            DataSource dataSource) {
        this.replies = replies;
        this.accounts = accounts;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void posted(CommentPosted posted) {
        if (!posted.status().isVisibleToAll()) {
            return;
        }
        try {
            behindSavepoint(() -> replies.parentAuthor(posted.commentId(), posted.articleId())
                    .filter(parentAuthor -> accounts.addressee(new AccountId(parentAuthor), NotificationTopic.REPLIES)
                            .isPresent())
                    .ifPresent(parentAuthor -> queue.add(
                            parentAuthor,
                            EmailQueue.Kind.REPLY,
                            posted.edition(),
                            posted.articleId(),
                            posted.commentId(),
                            clock.instant(),
                            settings.replyWindow())));
        } catch (RuntimeException e) {
            log.warn("Email: the reply {} could not be queued for its parent's commenter", posted.commentId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void moderated(CommentModerated moderated) {
        if (moderated.before() != CommentStatus.HELD || moderated.after() != CommentStatus.PUBLISHED) {
            return; // rejections and removals get their statement of reasons, which the law asks for, not this
        }
        try {
            if (accounts.addressee(new AccountId(moderated.authorId()), NotificationTopic.DECISIONS)
                    .isPresent()) {
                queue.add(
                        moderated.authorId(),
                        EmailQueue.Kind.APPROVAL,
                        moderated.edition(),
                        moderated.articleId(),
                        moderated.commentId(),
                        clock.instant(),
                        Duration.ZERO);
            }
        } catch (RuntimeException e) {
            log.warn("Email: the approval of {} could not be queued for its commenter", moderated.commentId(), e);
        }
    }

    @EventListener
    void purged(AccountPurged purged) {
        queue.forget(purged.account().value());
    }

    /**
     * Runs {@code work} on the current transaction's connection behind a savepoint, which it rolls back to
     * when the work fails: on PostgreSQL a failed statement would otherwise fail the whole transaction,
     * the comment's with it. Without a transaction the work runs as it is.
     */
    private void behindSavepoint(Runnable work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                work.run();
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Email: the savepoint around a reply's letter failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
