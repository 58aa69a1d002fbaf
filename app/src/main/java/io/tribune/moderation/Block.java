package io.tribune.moderation;

import java.time.Instant;

/**
 * A moderator's block of an account.
 *
 * @param isFinal whether it came after an earlier block was lifted: then it is never lifted
 * @param liftedAt when an unlock request was granted; null while it stands
 */
public record Block(
        long id,
        long accountId,
        String edition,
        String rule,
        String note,
        Instant blockedAt,
        boolean isFinal,
        Instant liftedAt) {}
