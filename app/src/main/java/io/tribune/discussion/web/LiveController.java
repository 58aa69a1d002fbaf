package io.tribune.discussion.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.LiveComments;
import io.tribune.editions.Edition;
import io.tribune.system.Busy;
import io.tribune.system.NotFound;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Comments published and changed under an article while a reader has its discussion open, as
 * server-sent events (the discussion fragment's script puts them in place), drawn with the forms that
 * reader may use. Open to anyone, like the discussion itself; a browser that reconnects names the last
 * comment it got and is sent the ones published since.
 */
@Controller
class LiveController {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,18}");

    private final LiveComments comments;
    private final LiveReaders readers;
    private final DiscussionViews views;

    LiveController(LiveComments comments, LiveReaders readers, DiscussionViews views) {
        this.comments = comments;
        this.readers = readers;
        this.views = views;
    }

    @GetMapping(DiscussionPaths.LIVE)
    ResponseEntity<SseEmitter> live(
            @PathVariable Edition edition,
            @PathVariable long articleId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            Optional<AccountId> reader) {
        if (!comments.isDiscussed(edition.code(), articleId)) {
            throw new NotFound();
        }
        Long after =
                lastEventId != null && EVENT_ID.matcher(lastEventId.strip()).matches()
                        ? Long.valueOf(lastEventId.strip())
                        : null;
        LiveReaders.Viewer viewer = new LiveReaders.Viewer(
                reader.map(AccountId::value).orElse(null),
                views.commenting(true, reader),
                views.commenting(false, reader));
        SseEmitter stream = readers.open(edition, articleId, viewer, after).orElseThrow(Busy::new);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                // nginx and the like would otherwise hold events back to fill their buffers
                .header("X-Accel-Buffering", "no")
                .body(stream);
    }
}
