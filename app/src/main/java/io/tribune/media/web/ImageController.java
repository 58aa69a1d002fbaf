package io.tribune.media.web;

import io.tribune.media.MediaFiles;
import io.tribune.media.MediaPaths;
import io.tribune.system.NotFound;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves image renditions; their addresses never change content, so they are cached for a year. */
@Controller
class ImageController {

    private final MediaFiles files;

    ImageController(MediaFiles files) {
        this.files = files;
    }

    @GetMapping(MediaPaths.RENDITION)
    ResponseEntity<byte[]> rendition(@PathVariable long id, @PathVariable int width) {
        byte[] jpeg = files.jpeg(id, width).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag("\"" + id + "-" + width + "\"")
                .body(jpeg);
    }
}
