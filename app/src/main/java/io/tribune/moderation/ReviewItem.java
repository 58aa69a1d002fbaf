package io.tribune.moderation;

import io.tribune.discussion.QueuedComment;

/** A comment in a queue with its decision record read and its evidence marked in the text. */
public record ReviewItem(QueuedComment comment, DecisionRecord decision, Highlight text) {

    static ReviewItem of(QueuedComment comment) {
        DecisionRecord decision = DecisionRecord.read(comment.decision());
        return new ReviewItem(comment, decision, Highlight.of(comment.body(), decision.spans()));
    }
}
