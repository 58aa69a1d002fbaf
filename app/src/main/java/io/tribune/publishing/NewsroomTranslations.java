package io.tribune.publishing;

import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The translations of an article: the same story's articles in the other editions, which readers and
 * search engines are pointed to ({@code hreflang}). Linked articles share the story key; an editor links
 * a published article of another edition to the one being edited, or unlinks it. The key is changed by
 * statements of their own, so that no open article form is made stale by it.
 */
@Service
public class NewsroomTranslations {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsroomTranslations(
            ArticleRepository articles,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The published articles of other editions linked to the edition's article; throws {@link NotFound} when it is not one. */
    public List<NewsroomTranslation> of(String edition, long id) {
        return transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            if (article.storyKey() == null) {
                return List.of();
            }
            return articles.story(article.storyKey(), clock.instant()).stream()
                    .filter(a -> !a.edition().equals(edition))
                    .map(a -> new NewsroomTranslation(a.id(), a.edition(), a.title(), a.path()))
                    .toList();
        });
    }

    /** The story key the edition's article has now, or null; throws {@link NotFound} when it is not one. */
    public String storyOf(String edition, long id) {
        return transaction.execute(status ->
                articles.inEdition(id, edition).orElseThrow(NotFound::new).storyKey());
    }

    /**
     * Links a published article of another edition (and the story it already belongs to) to the edition's
     * article. Answers the problem's message key, changing nothing, when the other article is of the same
     * edition, not published (a draft's id tells nothing more than a missing one), or when an edition would
     * then have two articles of the story.
     */
    public Optional<String> link(String edition, long id, long other) {
        Instant now = clock.instant();
        Optional<String> problem = transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            Optional<Article> found = articles.published(other, now);
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
     * message key, changing nothing, when it is not one of the story's published articles.
     */
    public Optional<String> unlink(String edition, long id, long other) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Article article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            Optional<Article> found = articles.published(other, now)
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
