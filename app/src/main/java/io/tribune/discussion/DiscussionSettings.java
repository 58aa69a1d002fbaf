package io.tribune.discussion;

import io.tribune.publishing.DiscussedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How discussions run ({@code tribune.discussion.*}).
 *
 * @param openFor how long after publication an article takes comments
 * @param openForEdition the same per edition code, where an edition differs
 * @param pageSize how many threads one page of a discussion shows
 * @param repliesShown how many replies of one thread are shown
 */
@ConfigurationProperties("tribune.discussion")
public record DiscussionSettings(
        @DefaultValue("14d") Duration openFor,
        Map<String, Duration> openForEdition,
        @DefaultValue("20") int pageSize,
        @DefaultValue("50") int repliesShown) {

    public DiscussionSettings {
        openForEdition = openForEdition == null ? Map.of() : Map.copyOf(openForEdition);
    }

    /** When the article's discussion stops taking comments. */
    public Instant closesAt(DiscussedArticle article) {
        return article.publishedAt().plus(openForEdition.getOrDefault(article.edition(), openFor));
    }

    boolean isOpen(DiscussedArticle article, Instant now) {
        return now.isBefore(closesAt(article));
    }
}
