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
 * @param editWindow how long after posting its author may edit a comment
 * @param editWindowEdition the same per edition code, where an edition differs
 * @param reportThreshold the weight of readers' reports that hides a comment until a moderator reviews it
 * @param reportThresholdEdition the same per edition code, where an edition differs
 */
@ConfigurationProperties("tribune.discussion")
public record DiscussionSettings(
        @DefaultValue("14d") Duration openFor,
        Map<String, Duration> openForEdition,
        @DefaultValue("20") int pageSize,
        @DefaultValue("50") int repliesShown,
        @DefaultValue("10m") Duration editWindow,
        Map<String, Duration> editWindowEdition,
        @DefaultValue("3") double reportThreshold,
        Map<String, Double> reportThresholdEdition) {

    public DiscussionSettings {
        openForEdition = openForEdition == null ? Map.of() : Map.copyOf(openForEdition);
        editWindowEdition = editWindowEdition == null ? Map.of() : Map.copyOf(editWindowEdition);
        reportThresholdEdition = reportThresholdEdition == null ? Map.of() : Map.copyOf(reportThresholdEdition);
    }

    /** Until when its author may edit a comment posted at {@code postedAt} in the edition. */
    public Instant editableUntil(String edition, Instant postedAt) {
        return postedAt.plus(editWindowEdition.getOrDefault(edition, editWindow));
    }

    /**
     * Whether its author may still edit the comment: published, within the edition's window, and under a
     * discussion that is still open.
     */
    boolean isEditable(DiscussedArticle article, StoredComment comment, Instant now) {
        return comment.status() == CommentStatus.PUBLISHED
                && now.isBefore(editableUntil(comment.edition(), comment.createdAt()))
                && isOpen(article, now);
    }

    /** How long after publication the edition's discussions take comments, unless an editor chose otherwise. */
    public Duration openFor(String edition) {
        return openForEdition.getOrDefault(edition, openFor);
    }

    double reportThreshold(String edition) {
        return reportThresholdEdition.getOrDefault(edition, reportThreshold);
    }

    /**
     * When the article's discussion stops taking comments: its editor's choice where there is one,
     * otherwise the edition's time after publication. One that never closes answers {@link Instant#MAX}.
     */
    public Instant closesAt(DiscussedArticle article) {
        return switch (article.closing().kind()) {
            case EDITION -> article.publishedAt().plus(openFor(article.edition()));
            case CLOSED, UNTIL -> article.closing().until();
            case NEVER -> Instant.MAX;
        };
    }

    boolean isOpen(DiscussedArticle article, Instant now) {
        return now.isBefore(closesAt(article));
    }
}
