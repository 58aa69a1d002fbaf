package io.tribune.moderation;

import java.util.List;

/**
 * A flash mob waiting for a moderator: held comments the flash-mob rule found near-identical to one
 * another, from several accounts, gathered into one row of the clusters queue.
 *
 * @param id the newest held member's id, which anchors the cluster's row in the page
 * @param key names the cluster in the forms that decide on all of it
 * @param size how many of its members are held
 * @param members the newest of the held members, newest first (all of them up to {@link
 *     ModerationQueue#CLUSTER_SHOWN})
 * @param accounts how many different accounts wrote the held members
 */
public record Cluster(long id, long key, int size, List<ReviewItem> members, int accounts) {

    /** Whether some held members are not among those shown. */
    public boolean isCut() {
        return members.size() < size;
    }
}
