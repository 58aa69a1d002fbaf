package io.tribune.media.web;

import io.tribune.media.ImageRef;
import io.tribune.media.Images;
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

/**
 * Serves image renditions. Their addresses never change content (an uploaded image's even names a
 * digest of it), so they are cached for a year.
 */
@Controller
class ImageController {

    private static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaFiles files;
    private final Images images;

    ImageController(MediaFiles files, Images images) {
        this.files = files;
        this.images = images;
    }

    @GetMapping(MediaPaths.RENDITION)
    ResponseEntity<byte[]> rendition(@PathVariable long id, @PathVariable int width) {
        return jpeg(id, width, id + "-" + width);
    }

    /** An uploaded image's rendition; any other digest than its own is not found. */
    @GetMapping(MediaPaths.HASHED_RENDITION)
    ResponseEntity<byte[]> hashed(@PathVariable long id, @PathVariable String digest, @PathVariable int width) {
        images.find(id).map(ImageRef::digest).filter(digest::equals).orElseThrow(NotFound::new);
        return jpeg(id, width, digest + "-" + width);
    }

    private ResponseEntity<byte[]> jpeg(long id, int width, String tag) {
        byte[] jpeg = files.jpeg(id, width).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(FOR_A_YEAR)
                .eTag("\"" + tag + "\"")
                .body(jpeg);
    }
}
