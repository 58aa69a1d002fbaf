package io.tribune.moderation;

import java.time.Instant;

/**
 * One action of a moderator or an administrator, as the audit log keeps it.
 *
 * @param targetType what was acted on: {@code comment}, {@code account} or {@code unlock_request}
 * @param before the state of the target before, e.g. {@code HELD}; {@code after} the state after
 * @param reason the note or reason the person gave, or null
 * @param beforeText for an edit of a comment, its text before; {@code afterText} its text after
 */
public record AuditEntry(
        long id,
        Instant at,
        long actorId,
        String action,
        String edition,
        String targetType,
        long targetId,
        String before,
        String after,
        String rule,
        String reason,
        String beforeText,
        String afterText) {}
