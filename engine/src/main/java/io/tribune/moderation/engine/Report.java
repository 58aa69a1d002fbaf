package io.tribune.moderation.engine;

/** Where a detector puts what it found. */
public interface Report {

    /** A finding about the comment being screened. */
    void add(Finding finding);

    /** A finding about an earlier comment that this one revealed (flash mob, flood). */
    void revise(String earlierCommentId, Finding finding);
}
