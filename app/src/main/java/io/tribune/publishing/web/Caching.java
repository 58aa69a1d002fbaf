package io.tribune.publishing.web;

import java.time.Duration;
import org.springframework.http.CacheControl;

/** How long browsers and shared caches (a CDN) may keep public pages. */
final class Caching {

    static final CacheControl LISTS = CacheControl.maxAge(Duration.ofSeconds(30))
            .cachePublic()
            .sMaxAge(Duration.ofSeconds(60))
            .staleWhileRevalidate(Duration.ofSeconds(30));

    static final CacheControl ARTICLE = CacheControl.maxAge(Duration.ofSeconds(60))
            .cachePublic()
            .sMaxAge(Duration.ofMinutes(5))
            .staleWhileRevalidate(Duration.ofMinutes(1));

    static final CacheControl FEEDS = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private Caching() {}
}
