package io.tribune.moderation;

import java.util.List;

/** One page of the clusters queue, and the cluster row to continue after (null on the last page). */
public record ClusterPage(List<Cluster> clusters, Long next) {}
