package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.system.KeptPage;
import io.tribune.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
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

    private final ArticlePages pages;

    ArticleController(ArticlePages pages) {
        this.pages = pages;
    }

    /**
     * The page itself is answered by {@link KeptPage#answer}, as its kept copy is, so that the
     * conditional GET and gzip rules are the same both ways: returned as a response entity, Spring's
     * conditional checks and the container's compression would decide again, differently.
     */
    @GetMapping(ArticleAddress.PATTERN)
    ResponseEntity<Void> article(
            @PathVariable Edition edition,
            @PathVariable String section,
            @PathVariable String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ArticlePages.Rendered page = pages.get(edition, slug).orElseThrow(NotFound::new);
        if (!page.livesAt(new ArticleAddress(edition.code(), section, slug))) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(page.path()))
                    .build();
        }
        page.page().answer(request).send(response);
        return null; // answered above
    }
}
