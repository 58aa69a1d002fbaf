package io.tribune.moderation;

import io.tribune.discussion.CommentDeleted;
import io.tribune.discussion.CommentEdited;
import io.tribune.discussion.CommentModerated;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.CommentTakenDown;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files each comment the flash-mob rule holds into its cluster, in the transaction that records the hold
 * (the discussion publishes the events there, and these listeners run in it), from the near-identical
 * comments its decision names; and keeps the cluster's row in the queue right, in the transaction of the
 * change, when a member is decided, edited, deleted or taken down. Comments held before clusters were kept are filed when the site starts;
 * filing only those not filed yet, that is safe to repeat and to run on several nodes at once.
 */
@Component
class ClusterMembership {

    private static final Logger log = LoggerFactory.getLogger(ClusterMembership.class);
    private static final int BATCH = 500;

    private final CommentQueue comments;
    private final TransactionTemplate transaction;

    ClusterMembership(CommentQueue comments, TransactionTemplate transaction) {
        this.comments = comments;
        this.transaction = transaction;
    }

    @EventListener
    void posted(CommentPosted posted) {
        file(posted.commentId(), posted.status());
    }

    @EventListener
    void edited(CommentEdited edited) {
        comments.clusterMemberChanged(edited.commentId());
        file(edited.commentId(), edited.status());
    }

    @EventListener
    void takenDown(CommentTakenDown down) {
        comments.clusterMemberChanged(down.commentId());
        file(down.commentId(), down.status());
    }

    @EventListener
    void moderated(CommentModerated moderated) {
        comments.clusterMemberChanged(moderated.commentId());
    }

    @EventListener
    void deleted(CommentDeleted deleted) {
        comments.clusterMemberChanged(deleted.commentId());
    }

    /** Files the held flash-mob comments no cluster has yet, oldest first, a batch per transaction. */
    @EventListener(ApplicationReadyEvent.class)
    void fileEarlierHolds() {
        try {
            fileUnclustered();
        } catch (RuntimeException e) {
            // another node filing the same comments at the same moment: what it filed stays filed
            log.warn("Filing earlier flash-mob holds into clusters stopped; the next start goes on", e);
        }
    }

    private void fileUnclustered() {
        long after = 0;
        int filed = 0;
        while (true) {
            List<Long> batch = comments.unclustered(ModerationQueue.FLASH_MOB, after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            transaction.executeWithoutResult(tx -> batch.forEach(id -> file(id, CommentStatus.HELD)));
            filed += batch.size();
            after = batch.getLast();
        }
        if (filed > 0) {
            log.info("Filed {} held flash-mob comments into their clusters", filed);
        }
    }

    private void file(long commentId, CommentStatus status) {
        if (status != CommentStatus.HELD) {
            return;
        }
        comments.heldDecision(commentId, ModerationQueue.FLASH_MOB)
                .ifPresent(decision ->
                        comments.joinCluster(commentId, DecisionRecord.similarTo(decision, ModerationQueue.FLASH_MOB)));
    }
}
