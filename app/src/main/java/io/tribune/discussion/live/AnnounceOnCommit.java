package io.tribune.discussion.live;

import io.tribune.discussion.CommentDeleted;
import io.tribune.discussion.CommentEdited;
import io.tribune.discussion.CommentModerated;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentReported;
import io.tribune.discussion.CommentTakenDown;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Announces a comment published, or a shown one changed (edited, deleted, hidden by reports, taken down
 * with a flood, rejected by a moderator), once the change is committed, so no node can read it before it is there. The
 * announcement is made on a thread of its own: after a commit the poster's thread still holds the
 * finished transaction's connection, and the poster need not wait for the broadcast.
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
        if (posted.status().isVisibleToAll()) {
            announce(Announcement.posted(posted.commentId(), posted.articleId()));
        }
    }

    /** An edit takes the comment down while it is screened again: the pages learn the outcome either way. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentEdited edited) {
        announce(Announcement.changed(edited.commentId(), edited.articleId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentDeleted deleted) {
        announce(Announcement.changed(deleted.commentId(), deleted.articleId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentReported reported) {
        if (reported.isHidden()) {
            announce(Announcement.changed(reported.commentId(), reported.articleId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentTakenDown down) {
        announce(Announcement.changed(down.commentId(), down.articleId()));
    }

    /**
     * A moderator's rejection takes a shown comment out of open pages, and its count. A held comment that
     * a moderator approves arrives as any comment just published does ({@link CommentPosted}); a reported
     * one that stays up changes nothing shown.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void announce(CommentModerated moderated) {
        if (moderated.before().isVisibleToAll() && !moderated.after().isVisibleToAll()) {
            announce(Announcement.changed(moderated.commentId(), moderated.articleId()));
        }
    }

    private void announce(Announcement announcement) {
        announcer.execute(() -> {
            try {
                broadcast.announce(announcement);
            } catch (RuntimeException e) {
                log.warn("could not announce comment {}", announcement, e);
            }
        });
    }

    @Override
    public void destroy() {
        announcer.shutdown();
    }
}
