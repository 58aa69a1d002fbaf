package io.tribune.publishing;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The translations of an article: the same story's articles in the other editions, which readers and
 * search engines are pointed to ({@code hreflang}). Linked articles share the story key; an editor links
 * an article of another edition to the one being edited, or unlinks it: any published one, and drafts
 * (articles not yet public) of the editions they edit themselves, since an editor works only in their
 * editions. Readers are pointed only to published articles, so a linked draft's link appears once it is
 * published. The key is changed by statements of their own, so that no open article form is made stale
 * by it.
 */
@Service
public class NewsroomTranslations {

    /** How many drafts the picker offers at most. */
    private static final int DRAFTS = 10;

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Accounts accounts;
    private final Newsroom newsroom;

    NewsroomTranslations(
            ArticleRepository articles,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock,
            Accounts accounts,
            Newsroom newsroom) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.newsroom = newsroom;
    }

    /**
     * The articles of other editions linked to the edition's article, as the editor may see them (a draft
     * of an edition they do not edit is only said to be there); throws {@link NotFound} when it is not one.
     */
    public List<NewsroomTranslation> of(AccountId editor, String edition, long id) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            if (article.storyKey() == null) {
                return List.of();
            }
            return articles.wholeStory(article.storyKey()).stream()
                    .filter(a -> !a.edition().equals(edition))
                    .map(a -> shown(editor, a, now))
                    .toList();
        });
    }

    /**
     * The articles of the other edition {@code in} with the words that the editor may link to the
     * edition's article: published ones (best first), then, in an edition they edit, drafts by their
     * headline (last changed first); none already of the article's story.
     */
    public List<NewsroomTranslation> candidates(AccountId editor, String edition, long id, String in, String words) {
        String story = storyOf(edition, id);
        String typed = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (in.equals(edition) || typed.isEmpty() || typed.length() > 200) {
            return List.of();
        }
        Instant now = clock.instant();
        List<NewsroomTranslation> found = new ArrayList<>();
        for (ArticleCard card : newsroom.find(in, words)) {
            found.add(new NewsroomTranslation(card.id(), card.edition(), card.title(), card.path(), true));
        }
        if (mayEdit(editor, in)) {
            String pattern =
                    "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (Article draft : articles.unpublishedHeadlined(in, pattern, now, PageRequest.of(0, DRAFTS))) {
                if (story == null || !story.equals(draft.storyKey())) {
                    found.add(shown(editor, draft, now));
                }
            }
        }
        List<Long> linked = story == null
                ? List.of()
                : articles.wholeStory(story).stream().map(Article::id).toList();
        return found.stream().filter(t -> !linked.contains(t.id())).toList();
    }

    /** Whether the editor works in the edition: only its editors (and administrators) see its drafts. */
    private boolean mayEdit(AccountId editor, String edition) {
        return editor != null && accounts.isStaffOf(editor, Role.EDITOR, edition);
    }

    private boolean isPublic(Article article, Instant now) {
        return article.publishedAt() != null && !article.publishedAt().isAfter(now);
    }

    private NewsroomTranslation shown(AccountId editor, Article article, Instant now) {
        if (isPublic(article, now)) {
            return new NewsroomTranslation(article.id(), article.edition(), article.title(), article.path(), true);
        }
        if (mayEdit(editor, article.edition())) {
            return new NewsroomTranslation(
                    article.id(),
                    article.edition(),
                    article.title(),
                    NewsroomPaths.article(article.edition(), article.id()),
                    false);
        }
        return new NewsroomTranslation(article.id(), article.edition(), null, null, false);
    }

    /** The other article as the editor may link or unlink it: published, or a draft of an edition they edit. */
    private Optional<Article> reachable(AccountId editor, long other, Instant now) {
        return articles.withSection(other).filter(a -> isPublic(a, now) || mayEdit(editor, a.edition()));
    }

    /** The story key the edition's article has now, or null; throws {@link NotFound} when it is not one. */
    public String storyOf(String edition, long id) {
        return transaction.execute(status ->
                articles.inEdition(id, edition).orElseThrow(NotFound::new).storyKey());
    }

    /**
     * Links an article of another edition (and the story it already belongs to) to the edition's article:
     * a published one, or a draft of an edition the editor edits. Answers the problem's message key,
     * changing nothing, when the other article is of the same edition, missing or a draft of an edition
     * the editor does not edit (such a draft's id tells nothing more than a missing one), or when an
     * edition would then have two articles of the story.
     */
    public Optional<String> link(AccountId editor, String edition, long id, long other) {
        Instant now = clock.instant();
        Optional<String> problem = transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            Optional<Article> found = reachable(editor, other, now);
            if (found.isEmpty()) {
                return Optional.of("newsroom.translation.missing");
            }
            Article translation = found.get();
            if (translation.edition().equals(edition)) {
                return Optional.of("newsroom.translation.sameEdition");
            }
            if (translation.storyKey() != null && translation.storyKey().equals(article.storyKey())) {
                return Optional.empty();
            }
            List<Member> ours = members(article.storyKey(), article);
            List<Member> theirs = members(translation.storyKey(), translation);
            Set<String> editions = new HashSet<>();
            for (Member member : ours) {
                editions.add(member.edition());
            }
            for (Member member : theirs) {
                if (!editions.add(member.edition())) {
                    return Optional.of("newsroom.translation.taken");
                }
            }
            String key = article.storyKey() != null
                    ? article.storyKey()
                    : translation.storyKey() != null ? translation.storyKey() : newKey(article);
            for (Member member : ours) {
                setKey(member.id(), key);
            }
            for (Member member : theirs) {
                setKey(member.id(), key);
            }
            events.publishEvent(new TranslationsLinked(key));
            return Optional.empty();
        });
        return problem;
    }

    /**
     * Unlinks an article of another edition from the edition's article's story; answers the problem's
     * message key, changing nothing, when it is not one of the story's articles that the editor may link.
     */
    public Optional<String> unlink(AccountId editor, String edition, long id, long other) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            Optional<Article> found = reachable(editor, other, now)
                    .filter(a -> !a.edition().equals(edition))
                    .filter(a -> a.storyKey() != null && a.storyKey().equals(article.storyKey()));
            if (found.isEmpty()) {
                return Optional.of("newsroom.translation.notLinked");
            }
            jdbc.sql("update article set story_key = null where id = ?")
                    .param(other)
                    .update();
            events.publishEvent(new TranslationsLinked(article.storyKey()));
            return Optional.empty();
        });
    }

    /** An article of a story, whatever its state: a draft of the story counts for its edition too. */
    private record Member(long id, String edition) {}

    private List<Member> members(String key, Article alone) {
        if (key == null) {
            return List.of(new Member(alone.id(), alone.edition()));
        }
        return jdbc.sql("select id, edition from article where story_key = ?")
                .param(key)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getString("edition")))
                .list();
    }

    private void setKey(long id, String key) {
        jdbc.sql("update article set story_key = ? where id = ?")
                .params(key, id)
                .update();
    }

    /** A key no article has yet, made from the article's id. */
    private String newKey(Article article) {
        String key = "story-" + article.id();
        for (int n = 2; isTaken(key); n++) {
            key = "story-" + article.id() + "-" + n;
        }
        return key;
    }

    private boolean isTaken(String key) {
        return jdbc.sql("select count(*) from article where story_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
