package io.tribune.notifications.push.web;

import io.tribune.notifications.push.PushPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The push service worker, from the site root: a worker's scope is at most the folder it is served
 * from, and it must reach every edition's pages. Browsers check it for updates on their own; no-cache
 * makes them ask every time, so a new version reaches readers at once.
 */
@Controller
class ServiceWorkerController {

    private final byte[] worker;

    ServiceWorkerController() throws IOException {
        try (InputStream in = new ClassPathResource("static/notifications/push-worker.js").getInputStream()) {
            this.worker = in.readAllBytes();
        }
    }

    @GetMapping(PushPaths.WORKER)
    ResponseEntity<byte[]> worker() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(worker);
    }
}
