package io.tribune.discussion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's open stream of live comments, read line by line as a browser's EventSource does: the
 * events it has received so far, and a wait for the next ones. Heartbeats (comment lines) are skipped.
 */
final class LiveStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event: its own id (null when it has none), name and data, with the data read as the comment it carries. */
    record Event(String id, String name, String data) {

        JsonNode comment() {
            return JSON.readTree(data);
        }

        long commentId() {
            return comment().get("id").asLong();
        }
    }

    private final HttpClient http;
    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> arriving = new LinkedBlockingQueue<>();
    private final List<Event> received = new ArrayList<>();
    private final Thread reader;

    private LiveStream(HttpClient http, HttpResponse<Stream<String>> response) {
        this.http = http;
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens {@code path} (e.g. {@code /en/discussion/7/live}) on the node at that port. */
    static LiveStream open(int port, String path) {
        return open(port, path, null);
    }

    /** Opens the stream as a browser reconnecting after the event {@code lastEventId}. */
    static LiveStream open(int port, String path, String lastEventId) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new LiveStream(http, http.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    int status() {
        return response.statusCode();
    }

    /**
     * The first event received so far that matches, or else the next one to arrive within
     * {@code patience}, keeping every event received on the way; fails when none came.
     */
    Event await(Predicate<Event> wanted, Duration patience) {
        for (Event event : received) {
            if (wanted.test(event)) {
                return event;
            }
        }
        long until = System.nanoTime() + patience.toNanos();
        try {
            while (true) {
                long left = until - System.nanoTime();
                Event event = left > 0 ? arriving.poll(left, TimeUnit.NANOSECONDS) : null;
                if (event == null) {
                    throw new AssertionError("no such event within " + patience + "; received " + received);
                }
                received.add(event);
                if (wanted.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the comment with this id. */
    Event awaitComment(long id, Duration patience) {
        return await(e -> "comment".equals(e.name()) && e.commentId() == id, patience);
    }

    /** Waits for a change of the comment with this id that the test expects. */
    Event awaitChange(long id, Predicate<JsonNode> expected, Duration patience) {
        return await(e -> "change".equals(e.name()) && e.commentId() == id && expected.test(e.comment()), patience);
    }

    /** The events taken from the stream so far by {@link #await}. */
    List<Event> received() {
        return List.copyOf(received);
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        arriving.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("event:")) {
                    name = value(line);
                } else if (line.startsWith("data:")) {
                    data = data == null
                            ? new StringBuilder(value(line))
                            : data.append('\n').append(value(line));
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed by the test or the server
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
        http.shutdownNow();
    }
}
