package io.tribune.publishing.web;

import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.ViewCounter;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Counts a view of an article. The page asks for it after loading (by a script, or as an image
 * without scripts), so the page itself stays cacheable; this answer is never cached.
 */
@Controller
class ViewsController {

    private static final byte[] PIXEL =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ViewCounter views;

    ViewsController(ViewCounter views) {
        this.views = views;
    }

    @GetMapping(PublishingPaths.VIEW)
    ResponseEntity<byte[]> countWithoutScript(@PathVariable long id) {
        views.count(id);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_GIF)
                .cacheControl(CacheControl.noStore())
                .body(PIXEL);
    }
}
