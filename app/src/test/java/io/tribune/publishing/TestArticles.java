package io.tribune.publishing;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Publishes articles the way the publishing module stores them, for tests that need a particular one. */
public final class TestArticles {

    private static final Instant LONG_AGO = Instant.parse("2020-01-15T10:00:00Z");

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final ShortCodes shortCodes;

    public TestArticles(ApplicationContext context) {
        this.articles = context.getBean(ArticleRepository.class);
        this.sections = context.getBean(SectionRepository.class);
        this.shortCodes = context.getBean(ShortCodes.class);
    }

    /** A World article of the edition without a picture, published long ago so that lists show it last. */
    public String publish(String edition, String slug, String title, String body) {
        Section world = sections.findByEditionAndSlug(edition, "world").orElseThrow();
        Article article =
                new Article(edition, world, slug, shortCodes.next(), title, "A lead.", body, "", null, null, LONG_AGO);
        return articles.save(article).path();
    }
}
