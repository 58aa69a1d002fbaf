package io.tribune.publishing;

import io.tribune.media.ImageRef;
import io.tribune.media.MediaPaths;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published articles as other modules tell readers of them (notifications), read by id. */
@Component
public class ArticleSummaries {

    private final ArticleRepository articles;

    ArticleSummaries(ArticleRepository articles) {
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public Optional<ArticleSummary> summary(long id) {
        return articles.findById(id)
                .map(a -> new ArticleSummary(
                        a.id(),
                        a.edition(),
                        a.section().slug(),
                        a.title(),
                        a.lead(),
                        a.imageId() == null ? null : MediaPaths.rendition(a.imageId(), ImageRef.WIDTHS.getFirst()),
                        PublishingPaths.shortLink(a.shortCode()),
                        a.isBreaking()));
    }
}
