package io.tribune.discussion.live;

import io.tribune.discussion.CommentPosted;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Announces a published comment once its decision is committed, so no node can read it before it
 * is there. The announcement is made on a thread of its own: after a commit the poster's thread still
 * holds the finished transaction's connection, and the poster need not wait for the broadcast.
 */
@Component
class AnnounceOnCommit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AnnounceOnCommit.class);

    private final CommentBroadcast broadcast;
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("comment-announcer").factory());

    AnnounceOnCommit(CommentBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentPosted posted) {
        if (!posted.status().isVisibleToAll()) {
            return;
        }
        Announcement announcement = new Announcement(posted.commentId(), posted.articleId());
        announcer.execute(() -> {
            try {
                broadcast.announce(announcement);
            } catch (RuntimeException e) {
                log.warn("could not announce published comment {}", announcement.commentId(), e);
            }
        });
    }

    @Override
    public void destroy() {
        announcer.shutdown();
    }
}
