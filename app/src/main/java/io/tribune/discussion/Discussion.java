package io.tribune.discussion;

import io.tribune.publishing.DiscussedArticle;
import java.time.Instant;
import java.util.List;

/**
 * One page of an article's discussion as a reader sees it.
 *
 * @param count the published comments under the article
 * @param next where the following page starts, or null on the last page
 * @param focus the comment a link led to, shown alone with its thread, or null for a page of threads
 */
public record Discussion(
        DiscussedArticle article,
        boolean isOpen,
        Instant closesAt,
        int count,
        CommentOrder order,
        List<Thread> threads,
        Cursor next,
        Long focus) {

    /** A comment that replies to none, with the replies under it, flattened to one level. */
    public record Thread(CommentView comment, List<CommentView> replies) {}

    /** Whether the page shows the one thread holding the comment a link led to, rather than a page of threads. */
    public boolean isFocused() {
        return focus != null;
    }

    public boolean isFocus(CommentView comment) {
        return focus != null && focus == comment.id();
    }

    public boolean hasMore() {
        return next != null;
    }
}
