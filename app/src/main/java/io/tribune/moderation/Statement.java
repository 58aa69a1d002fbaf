package io.tribune.moderation;

import java.time.Instant;

/**
 * A statement of reasons (DSA Art. 17) as it was issued to the affected reader.
 *
 * @param restriction what was restricted: {@code COMMENT_REJECTED}, {@code COMMENT_EDITED} or
 *     {@code ACCOUNT_BLOCKED} or {@code ACCOUNT_DELETED}
 * @param facts the facts and circumstances, without personal data (the form exported)
 * @param note what the moderator wrote to the reader, or null; shown to them, never exported
 * @param source {@code REPORTS} when readers' reports led to it, else {@code OWN_INITIATIVE}
 * @param automatedDecision {@code FULLY} (the engine decided alone), {@code PARTIALLY} (a person decided
 *     on what the engine found) or {@code NOT} (a person alone)
 * @param isFinal for a block: whether it is the final one, which cannot be appealed by an unlock request;
 *     always true for a deletion
 * @param contentDate when the comment was posted, or the account blocked
 */
public record Statement(
        long id,
        String puid,
        long accountId,
        String edition,
        String restriction,
        Long commentId,
        Long blockId,
        String rule,
        String facts,
        String note,
        String source,
        boolean automatedDetection,
        String automatedDecision,
        boolean isFinal,
        Instant contentDate,
        Instant decidedAt) {

    public boolean isBlock() {
        return "ACCOUNT_BLOCKED".equals(restriction);
    }

    public boolean isDeletion() {
        return "ACCOUNT_DELETED".equals(restriction);
    }
}
