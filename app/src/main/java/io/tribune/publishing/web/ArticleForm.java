package io.tribune.publishing.web;

import io.tribune.publishing.ArticleDraft;
import io.tribune.publishing.EditedArticle;
import io.tribune.publishing.Newsroom;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's article form as posted. Lengths and shapes are checked as it is bound (a message key
 * per broken constraint); what needs the database is checked by the newsroom. Lists (tags, bylines,
 * related slugs) are comma-separated.
 */
record ArticleForm(
        @Size(max = 300, message = TOO_LONG) String headline,
        @Size(max = 1000, message = TOO_LONG) String lead,
        @Size(max = 200_000, message = TOO_LONG) String body,
        @Size(max = 80, message = TOO_LONG) String section,
        @Size(max = 120, message = TOO_LONG) String slug,
        @Size(max = 2000, message = TOO_LONG) String tags,
        @Size(max = 200, message = TOO_LONG) String bylines,

        @Pattern(regexp = "[0-9]{0,18}", message = MALFORMED)
        String imageId,

        @Size(max = 500, message = TOO_LONG) String imageCaption,
        @Size(max = 200, message = TOO_LONG) String imageCredit,
        @Size(max = 1200, message = TOO_LONG) String related,
        String breaking,
        @Size(max = 2000, message = TOO_LONG) String corrections,
        @Size(max = 80, message = TOO_LONG) String story,
        @Size(max = 80, message = TOO_LONG) String storyWas,
        @Size(max = 40, message = MALFORMED) String publishAt,
        @Size(max = 64, message = MALFORMED) String zone,

        @Pattern(regexp = "[0-9]{1,18}", message = MALFORMED)
        String version,

        @Pattern(regexp = "save|publish|schedule|unschedule|unpublish", message = MALFORMED)
        String action) {

    static final String TOO_LONG = "newsroom.error.tooLong";
    static final String MALFORMED = "newsroom.error.malformed";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** An empty form for a new article. */
    static ArticleForm blank(String section, ZoneId zone) {
        return new ArticleForm(
                "", "", "", section, "", "", "", "", "", "", "", null, "", "", "", "", zone.getId(), "0", "save");
    }

    /** The form filled from a stored article, times shown in the zone. */
    static ArticleForm of(EditedArticle article, ZoneId zone) {
        ArticleDraft d = article.draft();
        return new ArticleForm(
                d.headline(),
                d.lead(),
                d.body(),
                d.section(),
                d.slug(),
                String.join(", ", d.tags()),
                String.join(", ", d.bylines()),
                d.imageId() == null ? "" : d.imageId().toString(),
                "",
                "",
                String.join(", ", d.related()),
                d.isBreaking() ? "on" : null,
                d.corrections(),
                d.story() == null ? "" : d.story(),
                d.story() == null ? "" : d.story(),
                article.publishAt() == null
                        ? ""
                        : LOCAL.format(article.publishAt().atZone(zone)),
                zone.getId(),
                Long.toString(article.version()),
                "save");
    }

    /**
     * The same form naming another version and the article's story key now (after a refusal for
     * staleness, the current ones): a key the editor typed is kept, one left alone follows the article.
     */
    ArticleForm atVersion(long current, String currentStory) {
        String now = currentStory == null ? "" : currentStory;
        return with(imageId, imageCaption, imageCredit, isStoryTyped() ? story : now, now, Long.toString(current));
    }

    /** The same form with a lead picture just stored. */
    ArticleForm withImage(long id) {
        return with(Long.toString(id), "", "", story, storyWas, version);
    }

    /** The form with the story key the article has now, e.g. once a translation was linked. */
    ArticleForm withStory(String key) {
        String now = key == null ? "" : key;
        return with(imageId, imageCaption, imageCredit, now, now, version);
    }

    private boolean isStoryTyped() {
        return storyWas != null && !text(story).strip().equals(text(storyWas).strip());
    }

    private ArticleForm with(
            String image, String caption, String credit, String storyKey, String storyKeyWas, String formVersion) {
        return new ArticleForm(
                headline,
                lead,
                body,
                section,
                slug,
                tags,
                bylines,
                image,
                caption,
                credit,
                related,
                breaking,
                corrections,
                storyKey,
                storyKeyWas,
                publishAt,
                zone,
                formVersion,
                action);
    }

    ArticleDraft draft(Long storedImage) {
        return new ArticleDraft(
                text(headline).strip(),
                text(lead).strip(),
                text(body).replace("\r\n", "\n"),
                text(section),
                text(slug).strip(),
                list(tags),
                list(bylines),
                storedImage != null ? storedImage : (text(imageId).isEmpty() ? null : Long.valueOf(imageId)),
                list(related),
                breaking != null,
                text(corrections).strip(),
                storyKey(story),
                storyWas == null ? null : storyWas.strip());
    }

    /** A story key as the newsroom takes it: null for none. */
    private static String storyKey(String value) {
        return text(value).isBlank() ? null : value.strip();
    }

    Newsroom.Action chosen() {
        return Newsroom.Action.valueOf(text(action).isEmpty() ? "SAVE" : action.toUpperCase(Locale.ROOT));
    }

    long expectedVersion() {
        return text(version).isEmpty() ? 0 : Long.parseLong(version);
    }

    /** The zone the schedule is read in; empty when the form names none that exists. */
    Optional<ZoneId> timeZone() {
        try {
            return Optional.of(ZoneId.of(text(zone).strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The scheduled time in the zone; empty when it is missing or not a date and time. */
    Optional<Instant> publishingTime(ZoneId zone) {
        try {
            return Optional.of(LocalDateTime.parse(text(publishAt).strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .atZone(zone)
                    .toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(String value) {
        return Arrays.stream(text(value).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
