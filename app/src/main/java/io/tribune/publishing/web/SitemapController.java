package io.tribune.publishing.web;

import io.tribune.publishing.PublishingPaths;
import io.tribune.system.NotFound;
import io.tribune.system.Site;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code sitemap.xml} (see {@link Sitemap}), the Google News sitemap and robots.txt. */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemap sitemap;
    private final NewsSitemap news;
    private final Site site;

    SitemapController(Sitemap sitemap, NewsSitemap news, Site site) {
        this.sitemap = sitemap;
        this.news = news;
        this.site = site;
    }

    @GetMapping(PublishingPaths.SITEMAP)
    ResponseEntity<byte[]> sitemap() {
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(sitemap.xml());
    }

    @GetMapping(PublishingPaths.NEWS_SITEMAP)
    ResponseEntity<String> newsSitemap() {
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(news.main());
    }

    /** A part of the news sitemap when its articles do not fit in one file. */
    @GetMapping(NewsSitemap.PART)
    ResponseEntity<String> newsSitemapPart(@PathVariable int part) {
        String xml = news.part(part).orElseThrow(NotFound::new);
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(xml);
    }

    @GetMapping(PublishingPaths.ROBOTS)
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /api/\nSitemap: " + site.absolute(PublishingPaths.SITEMAP)
                + "\nSitemap: " + site.absolute(PublishingPaths.NEWS_SITEMAP) + "\n";
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(Caching.FEEDS)
                .body(body);
    }
}
