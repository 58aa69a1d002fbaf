package io.tribune.discussion;

/** What became of a comment its author submitted. */
public sealed interface Posting {

    /** Stored and screened: {@code notice} tells the author the outcome, in the edition's language. */
    record Posted(long commentId, CommentStatus status, String notice) implements Posting {}

    /** Nothing stored; {@code problem} is the message key of why. */
    record Refused(String problem) implements Posting {}
}
