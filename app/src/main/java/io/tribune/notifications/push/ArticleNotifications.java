package io.tribune.notifications.push;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleSummaries;
import io.tribune.publishing.ArticleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells subscribers of a newly published article: everyone who wants the edition's breaking news when
 * the newsroom flagged it so, and everyone who follows its section. The send is recorded in the
 * publishing transaction itself, so a published article is never left untold by a crash.
 */
@Component
class ArticleNotifications {

    private final ArticleSummaries articles;
    private final Editions editions;
    private final PushSends sends;

    ArticleNotifications(ArticleSummaries articles, Editions editions, PushSends sends) {
        this.articles = articles;
        this.editions = editions;
        this.sends = sends;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void published(ArticlePublished published) {
        Optional<ArticleSummary> found = articles.summary(published.article());
        Optional<Edition> edition = editions.find(published.edition());
        if (found.isEmpty() || edition.isEmpty() || sends.sentAbout(PushSends.Kind.ARTICLE, published.article())) {
            return;
        }
        ArticleSummary article = found.get();
        List<Topic> topics = new ArrayList<>();
        if (article.isBreaking()) {
            topics.add(Topic.BREAKING);
        }
        topics.add(Topic.section(article.section()));
        String tag = "article-" + article.id();
        var notification = new Notification(
                article.title(),
                article.lead(),
                article.shortLink(),
                article.image(),
                tag,
                edition.get().languageTag(),
                edition.get().direction());
        sends.toTopics(
                edition.get(),
                PushSends.Kind.ARTICLE,
                article.id(),
                notification,
                article.isBreaking() ? Urgency.HIGH : Urgency.NORMAL,
                tag,
                topics);
    }
}
