package io.tribune.moderation.engine;

/** A finding about an earlier comment that a later one revealed, e.g. the first member of a flash mob. */
public record Revision(String commentId, Finding finding) {}
