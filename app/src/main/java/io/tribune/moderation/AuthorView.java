package io.tribune.moderation;

import io.tribune.discussion.AuthorRecord;
import java.util.List;

/**
 * What a moderator sees of one author: their record in the edition, every block placed on them with its
 * unlock request, and the statements of reasons they were sent.
 */
public record AuthorView(
        long accountId, String name, AuthorRecord record, List<UnlockRequest> blocks, List<Statement> statements) {}
