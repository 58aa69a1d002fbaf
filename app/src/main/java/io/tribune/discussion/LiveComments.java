package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.publishing.Articles;
import io.tribune.publishing.DiscussedArticle;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Comments as readers with a discussion open are to be shown them as they change: a comment when it is
 * announced (new, edited, deleted, hidden), as every reader and as its author is shown it now, or the
 * published ones a reconnecting reader missed.
 */
@Service
public class LiveComments {

    private final Articles articles;
    private final Accounts accounts;
    private final CommentRepository comments;
    private final DiscussionSettings settings;
    private final Clock clock;

    LiveComments(
            Articles articles,
            Accounts accounts,
            CommentRepository comments,
            DiscussionSettings settings,
            Clock clock) {
        this.articles = articles;
        this.accounts = accounts;
        this.comments = comments;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the edition has this published article, whose discussion a reader may follow. */
    public boolean isDiscussed(String edition, long articleId) {
        return article(edition, articleId).isPresent();
    }

    /**
     * The comment as it now stands under that article, whatever became of it (the reader sees nothing
     * of a held or rejected one, and a placeholder of a deleted one that keeps replies); empty when it
     * is not a comment under that article.
     */
    public Optional<LiveComment> current(long commentId, long articleId) {
        Optional<StoredComment> found = comments.find(commentId).filter(c -> c.articleId() == articleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return article(found.get().edition(), articleId).map(article -> live(discussion(article), found.get()));
    }

    /** The article's comments published with ids after {@code afterId}, oldest first, at most {@code limit}. */
    public List<LiveComment> publishedAfter(String edition, long articleId, long afterId, int limit) {
        return article(edition, articleId)
                .map(article -> {
                    Discussion discussion = discussion(article);
                    return comments.publishedAfter(articleId, afterId, limit).stream()
                            .map(c -> live(discussion, c))
                            .toList();
                })
                .orElse(List.of());
    }

    private Optional<DiscussedArticle> article(String edition, long articleId) {
        return articles.discussed(articleId).filter(a -> a.edition().equals(edition));
    }

    /** The discussion a live comment is drawn in: no page of threads, seen by a reader who is not signed in. */
    private Discussion discussion(DiscussedArticle article) {
        return new Discussion(
                article,
                settings.isOpen(article, clock.instant()),
                settings.closesAt(article),
                article.commentCount(),
                CommentOrder.NEWEST,
                List.of(),
                null,
                null);
    }

    /**
     * Shown as the discussion shows it on a reload: everyone sees it published, or its placeholder when
     * it is a deleted first comment whose replies stay; its author also sees it held, as pending.
     */
    private LiveComment live(Discussion discussion, StoredComment comment) {
        String inReplyTo = null;
        if (comment.isReply() && !comment.parentId().equals(comment.threadId())) {
            inReplyTo = comments.find(comment.parentId())
                    .map(parent -> name(parent.authorId()))
                    .orElse(null);
        }
        String name = name(comment.authorId());
        boolean isPlaceholder =
                comment.status() == CommentStatus.DELETED && !comment.isReply() && comment.replyCount() > 0;
        boolean isShown = comment.status() == CommentStatus.PUBLISHED || isPlaceholder;
        boolean isShownToAuthor = isShown || comment.status() == CommentStatus.HELD;
        return new LiveComment(
                discussion,
                comment.id(),
                comment.threadId(),
                comment.parentId(),
                comment.authorId(),
                isShown ? CommentView.of(comment, name, inReplyTo, false, false) : null,
                isShownToAuthor
                        ? CommentView.of(
                                comment,
                                name,
                                inReplyTo,
                                true,
                                settings.isEditable(discussion.article(), comment, clock.instant()))
                        : null);
    }

    private String name(long authorId) {
        return accounts.find(new AccountId(authorId)).map(Reader::displayName).orElse(null);
    }
}
