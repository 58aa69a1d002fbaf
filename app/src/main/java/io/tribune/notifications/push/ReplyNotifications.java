package io.tribune.notifications.push;

import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.ReplyRecipients;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticleSummaries;
import io.tribune.system.Texts;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a commenter who asked for it (the replies topic) that someone replied to their comment, once
 * readers can see the reply: when it is published straight away, or when a moderator approves it
 * (discussion announces both as {@link CommentPosted} with status PUBLISHED). Who is told is
 * discussion's answer ({@link ReplyRecipients}), the one email gets too: nobody of their own replies,
 * of replies to a deleted comment or by a blocked or gone account, nor a commenter whose account is
 * gone. Recorded after the comment's transaction, in one of its own, so that nothing here can undo a
 * comment, and on a thread of its own (as discussion's live announcements are): after the commit the
 * poster's thread still holds the finished transaction's connection, and a second one taken there would
 * make a burst of posts wait on each other for connections; the poster need not wait for this either.
 */
@Component
class ReplyNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplyNotifications.class);

    private final ReplyRecipients recipients;
    private final ArticleSummaries articles;
    private final Editions editions;
    private final Texts texts;
    private final PushSends sends;
    private final TransactionTemplate transaction;
    private final ExecutorService teller = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("reply-push").factory());

    ReplyNotifications(
            ReplyRecipients recipients,
            ArticleSummaries articles,
            Editions editions,
            Texts texts,
            PushSends sends,
            PlatformTransactionManager transactions) {
        this.recipients = recipients;
        this.articles = articles;
        this.editions = editions;
        this.texts = texts;
        this.sends = sends;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void posted(CommentPosted posted) {
        if (!posted.status().isVisibleToAll()) {
            return;
        }
        teller.execute(() -> {
            try {
                transaction.executeWithoutResult(status -> tell(posted));
            } catch (RuntimeException e) {
                log.warn(
                        "Web push: the reply {} could not be announced to its parent's commenter",
                        posted.commentId(),
                        e);
            }
        });
    }

    /** Waits until the replies announced so far are told (or given up on); false when that took too long. */
    boolean awaitTold(Duration atMost) throws InterruptedException {
        try {
            teller.submit(() -> {}).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        teller.shutdown();
    }

    private void tell(CommentPosted posted) {
        Optional<ReplyRecipients.Recipient> recipient = recipients.of(posted.commentId(), posted.articleId());
        Optional<Edition> edition = editions.find(posted.edition());
        if (recipient.isEmpty() || edition.isEmpty()) {
            return;
        }
        articles.summary(posted.articleId()).ifPresent(article -> {
            String tag = "reply-" + posted.commentId();
            var notification = new Notification(
                    texts.of(edition.get())
                            .get("push.reply.title", recipient.get().replierName(), article.title()),
                    recipient.get().body(),
                    recipient.get().permalink(edition.get().code()),
                    null,
                    tag,
                    edition.get().languageTag(),
                    edition.get().direction());
            sends.toReader(
                    edition.get(), recipient.get().parentAuthorId(), notification, Urgency.NORMAL, tag, Topic.REPLIES);
        });
    }
}
