package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.publishing.Articles;
import io.tribune.publishing.DiscussedArticle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The discussions under articles, as readers see them. */
@Service
public class Comments {

    private final Articles articles;
    private final Accounts accounts;
    private final CommentRepository comments;
    private final DiscussionSettings settings;
    private final Clock clock;

    Comments(
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

    /**
     * A page of the discussion under a published article of the edition, for the reader looking (who
     * also sees their own held comments), or empty when there is no such article.
     */
    public Optional<Discussion> discussion(
            String edition, long articleId, Optional<AccountId> viewer, CommentOrder order, Cursor after) {
        return discussion(edition, articleId, viewer, order, after, null);
    }

    /**
     * The same, or with {@code focus} the one thread that holds that comment, when the reader looking
     * may see it under this article; a focus they may not see gives the page as without one.
     */
    public Optional<Discussion> discussion(
            String edition, long articleId, Optional<AccountId> viewer, CommentOrder order, Cursor after, Long focus) {
        Optional<DiscussedArticle> found =
                articles.discussed(articleId).filter(a -> a.edition().equals(edition));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DiscussedArticle article = found.get();
        long viewerId = viewer.map(AccountId::value).orElse(-1L);
        Optional<Focus> focused = focus == null
                ? Optional.empty()
                : comments.find(focus)
                        .filter(c -> c.articleId() == article.id())
                        .flatMap(c -> focus(c, viewerId));
        List<StoredComment> threads;
        Cursor next = null;
        if (focused.isPresent()) {
            threads = List.of(focused.get().thread());
        } else {
            threads = comments.threads(article.id(), viewerId, order, after, settings.pageSize() + 1);
            if (threads.size() > settings.pageSize()) {
                threads = threads.subList(0, settings.pageSize());
                StoredComment last = threads.getLast();
                next = new Cursor(order == CommentOrder.MOST_REPLIED ? last.replyCount() : 0, last.id());
            }
        }
        Map<Long, List<StoredComment>> replies = new LinkedHashMap<>();
        for (StoredComment reply :
                comments.replies(threads.stream().map(StoredComment::id).toList(), viewerId, settings.repliesShown())) {
            replies.computeIfAbsent(reply.threadId(), t -> new ArrayList<>()).add(reply);
        }
        focused.filter(f -> f.comment().isReply()).ifPresent(f -> {
            // a reply further down its thread than a page of replies reaches is shown after them
            List<StoredComment> inThread = replies.computeIfAbsent(f.thread().id(), t -> new ArrayList<>());
            if (inThread.stream().noneMatch(r -> r.id() == f.comment().id())) {
                inThread.add(f.comment());
            }
        });
        Names names = new Names();
        List<Discussion.Thread> shown = new ArrayList<>();
        for (StoredComment thread : threads) {
            Map<Long, StoredComment> inThread = new HashMap<>();
            inThread.put(thread.id(), thread);
            List<CommentView> views = new ArrayList<>();
            for (StoredComment reply : replies.getOrDefault(thread.id(), List.of())) {
                inThread.put(reply.id(), reply);
                StoredComment answered = reply.parentId().equals(thread.id()) ? null : inThread.get(reply.parentId());
                views.add(
                        view(article, reply, answered == null ? null : names.of(answered.authorId()), viewerId, names));
            }
            shown.add(new Discussion.Thread(view(article, thread, null, viewerId, names), views));
        }
        return Optional.of(new Discussion(
                article,
                settings.isOpen(article, clock.instant()),
                settings.closesAt(article),
                article.commentCount(),
                order,
                shown,
                next,
                focused.map(f -> f.comment().id()).orElse(null)));
    }

    /**
     * The article under which the reader looking may see the comment in the edition's discussion: a
     * published one, or their own held one, in a thread they may see; empty for anything else
     * (another's held comment, a rejected or deleted one, another edition's, or one under an article no
     * longer published).
     */
    public Optional<Long> articleOf(String edition, long commentId, Optional<AccountId> viewer) {
        long viewerId = viewer.map(AccountId::value).orElse(-1L);
        return comments.find(commentId)
                .filter(c -> c.edition().equals(edition))
                .filter(c -> focus(c, viewerId).isPresent())
                .map(StoredComment::articleId)
                .filter(article -> articles.discussed(article)
                        .filter(a -> a.edition().equals(edition))
                        .isPresent());
    }

    /** A comment a link leads to, and the first comment of its thread. */
    private record Focus(StoredComment comment, StoredComment thread) {}

    /** The comment with its thread when the viewer may see both, as the discussion's pages show them. */
    private Optional<Focus> focus(StoredComment comment, long viewerId) {
        if (!isVisible(comment, viewerId)) {
            return Optional.empty();
        }
        if (!comment.isReply()) {
            return Optional.of(new Focus(comment, comment));
        }
        return comments.find(comment.threadId())
                .filter(thread -> isVisible(thread, viewerId)
                        || (thread.status() == CommentStatus.DELETED && thread.replyCount() > 0))
                .map(thread -> new Focus(comment, thread));
    }

    /** What {@link CommentRepository}'s pages show a viewer: published comments, and their own held ones. */
    private static boolean isVisible(StoredComment comment, long viewerId) {
        return comment.status() == CommentStatus.PUBLISHED
                || (comment.status() == CommentStatus.HELD && comment.authorId() == viewerId);
    }

    /** What the author was told when they posted the comment; empty for anyone else. */
    public Optional<Posting.Posted> outcome(long commentId, AccountId author) {
        return comments.find(commentId)
                .filter(c -> c.authorId() == author.value())
                .map(c -> new Posting.Posted(c.id(), c.status(), c.notice()));
    }

    private CommentView view(
            DiscussedArticle article, StoredComment comment, String inReplyTo, long viewerId, Names names) {
        boolean isOwn = comment.authorId() == viewerId;
        return CommentView.of(
                comment,
                names.of(comment.authorId()),
                inReplyTo,
                isOwn,
                isOwn && settings.isEditable(article, comment, clock.instant()));
    }

    /** Display names looked up once per author on a page; null for an account that is gone. */
    private final class Names {
        private final Map<Long, Optional<String>> known = new HashMap<>();

        String of(long authorId) {
            return known.computeIfAbsent(
                            authorId, id -> accounts.find(new AccountId(id)).map(Reader::displayName))
                    .orElse(null);
        }
    }
}
