package io.tribune.moderation.engine;

import java.util.List;

/** A decision for the new comment plus the revised decisions of earlier comments it revealed. */
public record Outcome(Decision decision, List<Revision> revisions) {

    public Outcome {
        revisions = List.copyOf(revisions);
    }
}
