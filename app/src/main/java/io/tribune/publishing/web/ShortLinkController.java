package io.tribune.publishing.web;

import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.ShortLinks;
import io.tribune.system.BadRequest;
import io.tribune.system.NotFound;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /s/{code}}: the permanent short address of an article. */
@Controller
class ShortLinkController {

    private final Articles articles;

    ShortLinkController(Articles articles) {
        this.articles = articles;
    }

    @GetMapping(PublishingPaths.SHORT_LINK)
    ResponseEntity<Void> follow(@PathVariable String code) {
        if (!ShortLinks.isWellFormed(code)) {
            throw new BadRequest();
        }
        String path = articles.pathOfShortCode(code).orElseThrow(NotFound::new);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(path))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .build();
    }
}
