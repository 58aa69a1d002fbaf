package io.tribune.moderation;

import java.util.List;

/**
 * A flash mob waiting for a moderator: held comments the flash-mob rule found near-identical to one
 * another, from several accounts, gathered into one row of the clusters queue.
 *
 * @param id the newest member's id, which names the cluster in the page
 * @param members the held members, newest first
 * @param accounts how many different accounts wrote them
 */
public record Cluster(long id, List<ReviewItem> members, int accounts) {}
