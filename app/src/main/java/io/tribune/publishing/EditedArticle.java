package io.tribune.publishing;

import io.tribune.media.ImageRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article as the newsroom's form shows it: what it says, where it is on its way to readers, and
 * what the editor may pick from.
 *
 * @param version the version the next save must name
 * @param state {@code DRAFT}, {@code SCHEDULED}, {@code PUBLISHED} or {@code WITHDRAWN}
 * @param path the public address while published, otherwise null
 * @param related the editor's picks as cards (published ones only)
 * @param suggestions published articles sharing its tags, not picked yet
 * @param translations the story's articles in other editions, by edition code
 * @param discussion when its editor chose the discussion to close
 */
public record EditedArticle(
        long id,
        long version,
        String state,
        ArticleDraft draft,
        ImageRef image,
        Instant publishedAt,
        Instant modifiedAt,
        Instant publishAt,
        String path,
        List<ArticleCard> related,
        List<ArticleCard> suggestions,
        Map<String, String> translations,
        DiscussionClosing discussion) {

    public boolean isPublished() {
        return "PUBLISHED".equals(state);
    }

    public boolean wasEverPublished() {
        return publishedAt != null || "WITHDRAWN".equals(state);
    }
}
