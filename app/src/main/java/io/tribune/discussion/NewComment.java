package io.tribune.discussion;

import io.tribune.accounts.AccountId;

/**
 * A comment as its author submits it.
 *
 * @param parentId the comment it replies to, or null
 * @param submitKey the form's one-time key: the same key submitted twice gives one comment
 * @param address the network address it comes from
 */
public record NewComment(
        AccountId author,
        String edition,
        long articleId,
        Long parentId,
        String text,
        String submitKey,
        String address) {}
