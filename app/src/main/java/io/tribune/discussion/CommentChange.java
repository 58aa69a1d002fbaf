package io.tribune.discussion;

import io.tribune.accounts.AccountId;

/**
 * A reader's action on one comment of an article: edit it (with {@code text}), delete it, or report it
 * (with {@code text} holding the rule id).
 */
public record CommentChange(
        AccountId reader, String edition, long articleId, long commentId, String text, String address) {}
