package io.tribune.moderation;

/** An administrator saved version {@code version} of the policy of {@code edition}. */
public record PolicySaved(String edition, int version, long id) {}
