package io.tribune.moderation.engine;

/**
 * How much latitude an author gets.
 *
 * @param premoderateFirst the first N comments of an account are held for a moderator
 * @param holdAboveRejectionRate an author whose recent rejection rate exceeds this is held again
 * @param minRecentForRate the rejection rate counts only with at least this many recent comments
 */
public record Trust(int premoderateFirst, double holdAboveRejectionRate, int minRecentForRate) {}
