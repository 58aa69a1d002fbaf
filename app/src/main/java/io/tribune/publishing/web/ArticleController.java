package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.system.NotFound;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The article page. It is the same for every anonymous reader, so it is served from a short-lived
 * cache with validators; a conditional GET with a matching ETag or date answers 304.
 */
@Controller
class ArticleController {

    private final Frames frames;
    private final ArticlePages pages;

    ArticleController(Frames frames, ArticlePages pages) {
        this.frames = frames;
        this.pages = pages;
    }

    @GetMapping("/{edition:[a-z]{2}}/{section:[a-z0-9-]{1,80}}/{slug:[a-z0-9-]{1,120}}")
    ResponseEntity<byte[]> article(
            @PathVariable Edition edition, @PathVariable String section, @PathVariable String slug) {
        ArticlePages.Rendered page = pages.get(edition, slug).orElseThrow(NotFound::new);
        if (!page.path().equals("/" + edition.code() + "/" + section + "/" + slug)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(page.path()))
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(Caching.ARTICLE)
                .eTag(page.page().etag())
                .lastModified(page.page().lastModified())
                .body(page.page().body());
    }
}
