package io.tribune.media.web;

import io.tribune.media.AvatarId;
import io.tribune.media.Avatars;
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
 * Serves avatars. Both kinds of address name their content for good (a new upload gets a new id, a
 * new name new initials), so browsers and caches keep them for a year.
 */
@Controller
class AvatarController {

    private static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Avatars avatars;

    AvatarController(Avatars avatars) {
        this.avatars = avatars;
    }

    @GetMapping(MediaPaths.UPLOADED_AVATAR)
    ResponseEntity<byte[]> uploaded(@PathVariable String id, @PathVariable int size) {
        byte[] jpeg =
                AvatarId.parse(id).flatMap(avatar -> avatars.jpeg(avatar, size)).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(FOR_A_YEAR)
                .body(jpeg);
    }

    @GetMapping(MediaPaths.DRAWN_AVATAR)
    ResponseEntity<String> drawn(@PathVariable int hue, @PathVariable String initials) {
        String svg = avatars.drawn(initials, hue).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(FOR_A_YEAR)
                .body(svg);
    }
}
