package io.tribune.publishing.web;

import io.tribune.publishing.DiscussionClosing;
import io.tribune.publishing.EditedArticle;
import io.tribune.publishing.SectionRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article form as its template draws it.
 *
 * @param problems message keys by field
 * @param notice a message key shown above the form, or null
 * @param article the stored article, or null for a new one
 * @param discussionOpenFor how long after publication the edition's discussions stay open by default
 */
public record NewsroomForm(
        ArticleForm fields,
        Map<String, String> problems,
        String notice,
        EditedArticle article,
        List<SectionRef> sections,
        Duration discussionOpenFor) {

    /**
     * When the edition's rule closes this article's discussion: some time after it was published, or
     * null while it never was (the form then says how long after publication).
     */
    public Instant editionClosesAt() {
        return article == null || article.publishedAt() == null
                ? null
                : article.publishedAt().plus(discussionOpenFor);
    }

    /**
     * The edition's rule for an article not published yet: the message key and the number of days, or
     * of hours when the time is not whole days.
     */
    public String editionOpenForKey() {
        return isWholeDays() ? "newsroom.discussion.editionAfterDays" : "newsroom.discussion.editionAfterHours";
    }

    public long editionOpenForCount() {
        return isWholeDays() ? discussionOpenFor.toDays() : discussionOpenFor.toHours();
    }

    private boolean isWholeDays() {
        return !discussionOpenFor.isZero()
                && discussionOpenFor.toSeconds() % Duration.ofDays(1).toSeconds() == 0;
    }

    /** The editor's choice for the discussion, as the form's radio buttons name it. */
    public String discussionClosing() {
        DiscussionClosing.Kind kind = article == null
                ? DiscussionClosing.Kind.EDITION
                : article.discussion().kind();
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The last day the discussion stays open, for the date field, or empty. */
    public String discussionDay(ZoneId zone) {
        if (article == null || article.discussion().kind() != DiscussionClosing.Kind.UNTIL) {
            return "";
        }
        return LocalDate.ofInstant(article.discussion().until().minusSeconds(1), zone)
                .toString();
    }

    /** The longest value shown again in a one-line field: a hostile megabyte is not sent back. */
    static final int SHOWN_AT_MOST = 2000;

    public String value(String field) {
        String value = switch (field) {
            case "headline" -> fields.headline();
            case "lead" -> fields.lead();
            case "section" -> fields.section();
            case "slug" -> fields.slug();
            case "tags" -> fields.tags();
            case "bylines" -> fields.bylines();
            case "imageId" -> fields.imageId();
            case "imageCaption" -> fields.imageCaption();
            case "imageCredit" -> fields.imageCredit();
            case "related" -> fields.related();
            case "corrections" -> fields.corrections();
            case "story" -> fields.story();
            case "storyWas" -> fields.storyWas();
            case "publishAt" -> fields.publishAt();
            case "zone" -> fields.zone();
            case "version" -> fields.version();
            default -> throw new IllegalArgumentException("no field " + field);
        };
        if (value == null) {
            return "";
        }
        if (value.length() <= SHOWN_AT_MOST) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_AT_MOST - 1)) ? SHOWN_AT_MOST - 1 : SHOWN_AT_MOST;
        return value.substring(0, end);
    }

    /** The body as typed, up to its limit (longer bodies were refused before they got here). */
    public String body() {
        String body = fields.body() == null ? "" : fields.body();
        return body.length() > 200_000 ? body.substring(0, 200_000) : body;
    }

    public boolean isBreaking() {
        return fields.breaking() != null;
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean isNew() {
        return article == null;
    }

    public String state() {
        return article == null ? "DRAFT" : article.state();
    }
}
