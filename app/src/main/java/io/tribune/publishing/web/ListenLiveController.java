package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.ListenLive;
import io.tribune.editions.ListenLiveStreams;
import io.tribune.publishing.PublishingPaths;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edition's Listen Live stream as the player bar asks for it on every page. Pages are kept by
 * browsers and shared caches for up to a minute and would carry a changed stream that long; this answer
 * must be revalidated on every use (an ETag of the stream answers 304 while it is unchanged), so a
 * change reaches the bar at the reader's next page. An empty URL means the edition has no stream now.
 */
@Controller
class ListenLiveController {

    private final ListenLiveStreams streams;
    private final JsonMapper json;

    ListenLiveController(ListenLiveStreams streams, JsonMapper json) {
        this.streams = streams;
        this.json = json;
    }

    @GetMapping(PublishingPaths.LISTEN_LIVE)
    ResponseEntity<String> stream(
            @PathVariable Edition edition,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String known) {
        ListenLive stream = streams.current(edition.code());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", stream.url());
        fields.put("name", stream.name());
        fields.put("schedule", stream.schedule());
        String body = json.writeValueAsString(fields);
        String tag = "\"" + digest(body) + "\"";
        CacheControl revalidated = CacheControl.noCache();
        if (tag.equals(known)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(tag)
                    .cacheControl(revalidated)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(tag)
                .cacheControl(revalidated)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
