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
 * Comments as they are published, for readers who have a discussion open: one comment when it is
 * announced, or the ones a reconnecting reader missed. Only published comments, as anyone sees them.
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

    /** The comment if it is published under that article; empty otherwise (held, rejected, elsewhere, gone). */
    public Optional<PublishedComment> published(long commentId, long articleId) {
        Optional<StoredComment> found = comments.find(commentId)
                .filter(c -> c.articleId() == articleId && c.status() == CommentStatus.PUBLISHED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return article(found.get().edition(), articleId).map(article -> shown(discussion(article), found.get()));
    }

    /** The article's comments published with ids after {@code afterId}, oldest first, at most {@code limit}. */
    public List<PublishedComment> publishedAfter(String edition, long articleId, long afterId, int limit) {
        return article(edition, articleId)
                .map(article -> {
                    Discussion discussion = discussion(article);
                    return comments.publishedAfter(articleId, afterId, limit).stream()
                            .map(c -> shown(discussion, c))
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
                comments.countPublished(article.id()),
                CommentOrder.NEWEST,
                List.of(),
                null);
    }

    private PublishedComment shown(Discussion discussion, StoredComment comment) {
        String inReplyTo = null;
        if (comment.isReply() && !comment.parentId().equals(comment.threadId())) {
            inReplyTo = comments.find(comment.parentId())
                    .map(parent -> name(parent.authorId()))
                    .orElse(null);
        }
        CommentView view = new CommentView(
                comment.id(),
                name(comment.authorId()),
                comment.body(),
                comment.status(),
                comment.createdAt(),
                comment.editedAt() != null,
                inReplyTo,
                false,
                false,
                comment.replyCount());
        return new PublishedComment(discussion, comment.threadId(), comment.parentId(), view);
    }

    private String name(long authorId) {
        return accounts.find(new AccountId(authorId)).map(Reader::displayName).orElse(null);
    }
}
