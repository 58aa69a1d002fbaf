package io.tribune.discussion.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.discussion.LiveComments;
import io.tribune.discussion.PublishedComment;
import io.tribune.discussion.live.Announcement;
import io.tribune.discussion.live.CommentArrivals;
import io.tribune.discussion.live.LiveSettings;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.Pages;
import java.io.IOException;
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
 * A comment announced by any node is read and rendered once here (as a reader who is not signed in
 * sees it) and sent to this node's readers of its article. Each reader's events go out in order on a
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
            TemplateEngine templates,
            JsonMapper json,
            MeterRegistry meters) {
        this.comments = comments;
        this.settings = settings;
        this.pages = pages;
        this.editions = editions;
        this.templates = templates;
        this.json = json;
        Gauge.builder("tribune.discussion.live.readers", open, AtomicInteger::get)
                .description("Open streams of live comments on this node")
                .register(meters);
    }

    /**
     * A stream of the comments published under the article from now on, preceded by those published
     * after {@code afterId} when a browser reconnects; empty when this node has all the streams it keeps.
     */
    Optional<SseEmitter> open(Edition edition, long articleId, Long afterId) {
        if (open.incrementAndGet() > settings.maxReaders()) {
            open.decrementAndGet();
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        Reader reader = new Reader(articleId, emitter);
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
                for (PublishedComment missed :
                        comments.publishedAfter(edition.code(), articleId, afterId, settings.replay())) {
                    reader.send(event(missed));
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
            comments.published(announcement.commentId(), announcement.articleId())
                    .map(this::event)
                    .ifPresent(event -> readers.forEach(reader -> reader.send(event)));
        } catch (RuntimeException e) {
            log.warn("could not send comment {} to its readers", announcement.commentId(), e);
        }
    }

    /** The comment rendered for anyone, with its id, thread and parent for the script that places it. */
    private Set<DataWithMediaType> event(PublishedComment published) {
        Edition edition =
                editions.find(published.discussion().article().edition()).orElseThrow();
        DiscussionView view = new DiscussionView(
                pages.in(edition).build(),
                published.discussion(),
                Commenting.SIGNED_OUT,
                List.of(),
                null,
                null,
                null,
                "_csrf",
                "");
        StringOutput html = new StringOutput();
        templates.render(
                "discussion/fragments/live.jte",
                Map.of("view", view, "comment", published.comment(), "isReply", published.isReply()),
                html);
        long id = published.comment().id();
        String data = json.writeValueAsString(new LiveEvent(
                id, published.threadId(), published.parentId(), html.toString().strip()));
        return SseEmitter.event()
                .id(Long.toString(id))
                .name("comment")
                .data(data, MediaType.TEXT_PLAIN)
                .build();
    }

    /** What the script gets: where the comment goes and its markup. */
    record LiveEvent(long id, long thread, Long parent, String html) {}

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
        private final SseEmitter emitter;
        private final ThreadPoolExecutor writer;
        private final AtomicBoolean isClosed = new AtomicBoolean();

        Reader(long articleId, SseEmitter emitter) {
            this.articleId = articleId;
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
