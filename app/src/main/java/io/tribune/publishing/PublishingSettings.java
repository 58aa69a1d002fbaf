package io.tribune.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for publishing ({@code tribune.sitemap.*}, {@code tribune.article-cache.*},
 * {@code tribune.demo-content.location}), read here only. A value that cannot work stops the start with a
 * message that names the setting.
 */
@ConfigurationProperties("tribune")
public record PublishingSettings(
        @DefaultValue SitemapSettings sitemap,
        @DefaultValue ArticleCacheSettings articleCache,
        @DefaultValue DemoSettings demoContent) {

    /**
     * The rendered sitemap.
     *
     * @param maxAge how long a node keeps it when another node publishes
     */
    public record SitemapSettings(@DefaultValue("PT10M") Duration maxAge) {
        public SitemapSettings {
            requirePositive(maxAge, "tribune.sitemap.max-age");
        }
    }

    /**
     * The rendered article pages.
     *
     * @param ttl how long one is kept: views and comment counts on it lag by this much
     */
    public record ArticleCacheSettings(
            @DefaultValue("PT30S") Duration ttl) {
        public ArticleCacheSettings {
            requirePositive(ttl, "tribune.article-cache.ttl");
        }
    }

    /**
     * The demo content. Not under {@code tribune.demo}: {@code TRIBUNE_DEMO=true}, the demo switch, reaches
     * the binder as that very property and would be taken for this record's one-argument constructor.
     *
     * @param location the folder of the demo articles, one {@code <edition>.json} each; ends with a slash
     */
    public record DemoSettings(
            @DefaultValue("classpath:demo/") String location) {
        public DemoSettings {
            location = location.endsWith("/") ? location : location + "/";
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, e.g. PT30S, not " + duration);
        }
    }
}
