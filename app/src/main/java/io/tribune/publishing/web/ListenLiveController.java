package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.ListenLive;
import io.tribune.editions.ListenLiveStreams;
import io.tribune.publishing.PublishingPaths;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    /** Spring answers 304 itself when the request names the same ETag. */
    @GetMapping(PublishingPaths.LISTEN_LIVE)
    ResponseEntity<String> stream(@PathVariable Edition edition) {
        ListenLive stream = streams.current(edition.code());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", stream.url());
        fields.put("name", stream.name());
        fields.put("schedule", stream.schedule());
        String body = json.writeValueAsString(fields);
        return ResponseEntity.ok()
                .eTag(DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)))
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
