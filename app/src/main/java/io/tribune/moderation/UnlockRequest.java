package io.tribune.moderation;

import java.time.Instant;

/**
 * A blocked reader's request to be let back in, with the block it is about.
 *
 * @param accountName the reader's display name; null for an account that is gone
 * @param outcome null while it waits, then {@code GRANTED} or {@code REFUSED}
 * @param reason why it was refused, as the moderator wrote it
 */
public record UnlockRequest(
        long id,
        Block block,
        String accountName,
        String explanation,
        Instant createdAt,
        String outcome,
        String reason) {

    public boolean isOpen() {
        return outcome == null;
    }
}
