package io.tribune.notifications.email;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPurged;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.NotificationTopic;
import io.tribune.discussion.CommentModerated;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentStatus;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues the letters readers opted into, once what they tell of is committed: a reply to a reader's
 * comment that readers can now see (published straight away, or approved: discussion announces both as
 * {@link CommentPosted} with status PUBLISHED), and the approval of a reader's held comment. Who may be
 * told is checked here and again when the letter goes ({@link NotificationLetters}); nothing here can
 * undo a comment or a decision.
 */
@Component
class QueuedMails {

    private static final Logger log = LoggerFactory.getLogger(QueuedMails.class);

    private final Replies replies;
    private final Accounts accounts;
    private final EmailQueue queue;
    private final EmailNotificationSettings settings;
    private final Clock clock;

    QueuedMails(Replies replies, Accounts accounts, EmailQueue queue, EmailNotificationSettings settings, Clock clock) {
        this.replies = replies;
        this.accounts = accounts;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void posted(CommentPosted posted) {
        if (!posted.status().isVisibleToAll()) {
            return;
        }
        try {
            replies.parentAuthor(posted.commentId(), posted.articleId())
                    .filter(parentAuthor -> accounts.addressee(new AccountId(parentAuthor), NotificationTopic.REPLIES)
                            .isPresent())
                    .ifPresent(parentAuthor -> queue.add(
                            parentAuthor,
                            EmailQueue.Kind.REPLY,
                            posted.edition(),
                            posted.articleId(),
                            posted.commentId(),
                            clock.instant(),
                            settings.replyWindow()));
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
}
