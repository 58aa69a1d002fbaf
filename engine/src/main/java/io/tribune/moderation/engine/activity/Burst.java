package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Evidence;
import java.util.List;

/**
 * What a stateful rule found: the score for the new comment, its evidence, and the earlier comments
 * of the same burst or cluster to revise, each with its own evidence.
 */
record Burst(double score, List<Evidence> evidence, List<Member> earlier) {

    /** An earlier comment that the new one revealed as part of the burst. */
    record Member(String commentId, List<Evidence> evidence) {}
}
