package io.tribune.discussion.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.discussion.CommentView;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.Discussion;
import io.tribune.discussion.LiveComment;
import io.tribune.discussion.LiveComments;
import io.tribune.discussion.ModerationLinks;
import io.tribune.discussion.live.Announcement;
import io.tribune.discussion.live.CommentArrivals;
import io.tribune.discussion.live.LiveSettings;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.CsrfField;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers connected to this node with a discussion open, by article, each with an event stream.
 * A comment announced by any node (new, or changed) is read once here, rendered once for each way its
 * readers see it (signed out, taking part, only reporting, its author) and sent to this node's readers
 * of its article: a new one to insert, a changed one to put in place of what they have, or to remove. Each reader's events go out in order on a
 * thread of its own, so a reader whose connection stalls delays no one else and is dropped once too
 * many events wait for it. The number of streams is bounded; idle ones get a heartbeat.
 */
@Component
class LiveReaders implements CommentArrivals, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveReaders.class);
    /** How long a browser waits before reconnecting a dropped stream. */
    private static final long RECONNECT_MILLIS = 5_000;
    /** Events waiting for one reader before it is dropped as stalled. */
    private static final int MOST_WAITING = 64;

    private final LiveComments comments;
    private final LiveSettings settings;
    private final Pages pages;
    private final Editions editions;
    private final CommunityStandards standards;
    private final ModerationLinks links;
    private final CommentMarkup markup;
    private final TemplateEngine templates;
    private final JsonMapper json;
    private final Map<Long, Set<Reader>> byArticle = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    /** Made at each start, so that a stopped context can be started again (the test context cache does). */
    private volatile ExecutorService delivery;

    private volatile ScheduledExecutorService heartbeats;

    LiveReaders(
            LiveComments comments,
            LiveSettings settings,
            Pages pages,
            Editions editions,
            CommunityStandards standards,
            ModerationLinks links,
            CommentMarkup markup,
            TemplateEngine templates,
            JsonMapper json,
            MeterRegistry meters) {
        this.comments = comments;
        this.settings = settings;
        this.pages = pages;
        this.editions = editions;
        this.standards = standards;
        this.links = links;
        this.markup = markup;
        this.templates = templates;
        this.json = json;
        Gauge.builder("tribune.discussion.live.readers", open, AtomicInteger::get)
                .description("Open streams of live comments on this node")
                .register(meters);
    }

    /**
     * Who a stream's reader is, as far as drawing comments for them goes, settled when the stream opens.
     *
     * @param readerId their account, or null when not signed in
     * @param whileOpen what they may do while the discussion takes comments
     * @param onceClosed what they may do once it is closed
     */
    record Viewer(Long readerId, Commenting whileOpen, Commenting onceClosed) {

        Commenting commenting(boolean isOpen) {
            return isOpen ? whileOpen : onceClosed;
        }
    }

    /**
     * A stream of the comments published and changed under the article from now on, preceded by those
     * published after {@code afterId} when a browser reconnects; empty when this node has all the streams
     * it keeps.
     */
    Optional<SseEmitter> open(Edition edition, long articleId, Viewer viewer, Long afterId) {
        if (open.incrementAndGet() > settings.maxReaders()) {
            open.decrementAndGet();
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        Reader reader = new Reader(articleId, viewer, emitter);
        emitter.onCompletion(() -> remove(reader));
        emitter.onTimeout(() -> remove(reader));
        emitter.onError(error -> remove(reader));
        byArticle.compute(articleId, (id, readers) -> {
            Set<Reader> all = readers == null ? ConcurrentHashMap.newKeySet() : readers;
            all.add(reader);
            return all;
        });
        reader.send(SseEmitter.event()
                .reconnectTime(RECONNECT_MILLIS)
                .comment("open")
                .build());
        if (afterId != null) {
            try {
                for (LiveComment missed :
                        comments.publishedAfter(edition.code(), articleId, afterId, settings.replay())) {
                    new Drawn(missed, true).event(viewer).ifPresent(reader::send);
                }
            } catch (RuntimeException e) {
                // the stream is never handed to the container, so nothing else would forget it
                remove(reader);
                throw e;
            }
        }
        return Optional.of(emitter);
    }

    @Override
    public void arrived(Announcement announcement) {
        ExecutorService running = delivery;
        if (running == null || !byArticle.containsKey(announcement.articleId())) {
            return;
        }
        try {
            running.execute(() -> deliver(announcement));
        } catch (RejectedExecutionException stopping) {
            log.debug("comment {} arrived while stopping", announcement.commentId());
        }
    }

    private void deliver(Announcement announcement) {
        Set<Reader> readers = byArticle.get(announcement.articleId());
        if (readers == null || readers.isEmpty()) {
            return;
        }
        try {
            Optional<LiveComment> comment = comments.current(announcement.commentId(), announcement.articleId());
            if (comment.isEmpty()) {
                return;
            }
            Drawn drawn = new Drawn(comment.get(), announcement.isNew());
            for (Reader reader : readers) {
                drawn.event(reader.viewer).ifPresent(reader::send);
            }
        } catch (RuntimeException e) {
            log.warn("could not send comment {} to its readers", announcement.commentId(), e);
        }
    }

    /**
     * The events of one comment announced (or replayed), each drawn once for each way readers see it: a
     * new comment as the list item to insert ({@code comment}, whose id a reconnecting browser names), a
     * changed one as the comment to put in place, or nothing to remove it ({@code change}).
     */
    private final class Drawn {

        private final LiveComment comment;
        private final boolean isNew;
        private final Map<Look, Optional<Set<DataWithMediaType>>> events = new HashMap<>();

        Drawn(LiveComment comment, boolean isNew) {
            this.comment = comment;
            this.isNew = isNew;
        }

        Optional<Set<DataWithMediaType>> event(Viewer viewer) {
            Optional<CommentView> seen = comment.seenBy(viewer.readerId());
            Commenting commenting = viewer.commenting(comment.discussion().isOpen());
            Look look = new Look(commenting, seen.map(CommentView::isOwn).orElse(false), seen.isPresent());
            return events.computeIfAbsent(look, l -> draw(seen, commenting));
        }

        private Optional<Set<DataWithMediaType>> draw(Optional<CommentView> seen, Commenting commenting) {
            if (isNew && seen.isEmpty()) {
                return Optional.empty();
            }
            Discussion discussion = comment.discussion();
            Edition edition = editions.find(discussion.article().edition()).orElseThrow();
            Page page = pages.in(edition).build();
            String html =
                    seen.map(view -> render(page, discussion, commenting, view)).orElse(null);
            String data = json.writeValueAsString(new LiveEvent(
                    comment.id(),
                    comment.threadId(),
                    comment.parentId(),
                    html,
                    discussion.count(),
                    page.t("discussion.count", discussion.count())));
            SseEmitter.SseEventBuilder event = SseEmitter.event();
            if (isNew) {
                event.id(Long.toString(comment.id()));
            }
            return Optional.of(event.name(isNew ? "comment" : "change")
                    .data(data, MediaType.TEXT_PLAIN)
                    .build());
        }

        /**
         * The comment as this kind of reader sees it, with the forms they may use. The forms carry no CSRF
         * token (the script copies the reader's own into them), and one-time keys shared by the readers of
         * a kind, which is safe: a key names one submission of one author.
         */
        private String render(Page page, Discussion discussion, Commenting commenting, CommentView view) {
            DiscussionView drawn = new DiscussionView(
                    page,
                    discussion,
                    commenting,
                    commenting == Commenting.ALLOWED || commenting == Commenting.CLOSED_TO_READER
                            ? standards.rules(discussion.article().edition())
                            : List.of(),
                    null,
                    null,
                    null,
                    links.in(discussion.article().edition()),
                    markup,
                    new CsrfField(null));
            StringOutput html = new StringOutput();
            if (isNew) {
                templates.render(
                        "discussion/fragments/live.jte",
                        Map.of("view", drawn, "comment", view, "isReply", comment.isReply()),
                        html);
            } else {
                templates.render("discussion/fragments/comment.jte", Map.of("view", drawn, "comment", view), html);
            }
            return html.toString().strip();
        }
    }

    /** How one kind of reader sees a comment: every reader of a kind gets the same event. */
    private record Look(Commenting commenting, boolean isOwn, boolean isShown) {}

    /**
     * What the script gets: which comment, where it goes, its markup (null when it leaves the reader's
     * page), and the discussion's count of published comments, as a number and as its line shows it.
     */
    record LiveEvent(long id, long thread, Long parent, String html, int count, String countText) {}

    private void remove(Reader reader) {
        if (!reader.close()) {
            return;
        }
        open.decrementAndGet();
        byArticle.computeIfPresent(reader.articleId, (id, readers) -> {
            readers.remove(reader);
            return readers.isEmpty() ? null : readers;
        });
    }

    private void beat() {
        List<Reader> all = byArticle.values().stream().flatMap(Set::stream).toList();
        for (Reader reader : all) {
            reader.send(SseEmitter.event().comment("").build());
        }
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        long every = settings.heartbeat().toMillis();
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("comment-heartbeat").factory());
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        delivery = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("comment-delivery").factory());
    }

    /** Ends every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public synchronized void stop() {
        if (!isRunning()) {
            return;
        }
        heartbeats.shutdownNow();
        delivery.shutdownNow();
        heartbeats = null;
        delivery = null;
        byArticle.values().stream().flatMap(Set::stream).toList().forEach(reader -> reader.emitter.complete());
    }

    @Override
    public boolean isRunning() {
        return delivery != null;
    }

    /** One open stream: its events are written in order by a virtual thread that lives while there are any. */
    private final class Reader {

        private final long articleId;
        private final Viewer viewer;
        private final SseEmitter emitter;
        private final ThreadPoolExecutor writer;
        private final AtomicBoolean isClosed = new AtomicBoolean();

        Reader(long articleId, Viewer viewer, SseEmitter emitter) {
            this.articleId = articleId;
            this.viewer = viewer;
            this.emitter = emitter;
            this.writer = new ThreadPoolExecutor(
                    1,
                    1,
                    30,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(MOST_WAITING),
                    Thread.ofVirtual().name("comment-reader").factory());
            this.writer.allowCoreThreadTimeOut(true);
        }

        void send(Set<DataWithMediaType> event) {
            if (isClosed.get()) {
                return;
            }
            try {
                writer.execute(() -> write(event));
            } catch (RejectedExecutionException stalled) {
                emitter.complete();
                remove(this);
            }
        }

        private void write(Set<DataWithMediaType> event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                // the browser went away: the container completes the stream, and we forget it now
                remove(this);
            }
        }

        /** Marks the stream closed; true only the first time. */
        boolean close() {
            if (!isClosed.compareAndSet(false, true)) {
                return false;
            }
            writer.shutdown();
            return true;
        }
    }
}
