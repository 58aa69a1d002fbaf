package io.tribune.publishing;

import io.tribune.media.ImageRef;
import java.time.Instant;
import java.util.List;

/**
 * Everything the article page shows.
 *
 * @param alternates the same story in other editions (for hreflang links), this one included
 * @param corrections the editors' note of what was corrected, or empty
 */
public record ArticleView(
        ArticleCard card,
        String byline,
        List<Block> body,
        List<TagRef> tags,
        List<ArticleCard> related,
        String shortCode,
        Instant modifiedAt,
        List<Alternate> alternates,
        String corrections) {

    /** The same story in another edition. */
    public record Alternate(String edition, String languageTag, String path) {}

    public long id() {
        return card.id();
    }

    public String title() {
        return card.title();
    }

    public ImageRef image() {
        return card.image();
    }

    public String shortPath() {
        return PublishingPaths.shortLink(shortCode);
    }
}
