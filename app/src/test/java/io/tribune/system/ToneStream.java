package io.tribune.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A live audio stream served by the test on 127.0.0.1: an endless WAV of a 440 Hz tone, sent at the pace
 * it plays (8 kHz, 16-bit mono: 16 KB a second), as a radio station's stream arrives. Taken down, it ends
 * every stream it is sending and answers new listeners 503.
 */
final class ToneStream implements AutoCloseable {

    private static final int RATE = 8_000;
    private static final int CHUNK_MILLIS = 100;

    private final HttpServer server;
    private final ExecutorService listeners = Executors.newCachedThreadPool();
    private volatile boolean isUp = true;

    ToneStream() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/live.wav", this::stream);
        server.setExecutor(listeners);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/live.wav";
    }

    void up() {
        isUp = true;
    }

    /** Ends the streams being sent and refuses new listeners. */
    void down() {
        isUp = false;
    }

    private void stream(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!isUp) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "audio/wav");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(header());
            long sample = 0;
            int perChunk = RATE * CHUNK_MILLIS / 1000;
            while (isUp) {
                ByteBuffer pcm = ByteBuffer.allocate(perChunk * 2).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < perChunk; i++, sample++) {
                    pcm.putShort((short) (Math.sin(2 * Math.PI * 440 * sample / RATE) * 8_000));
                }
                out.write(pcm.array());
                out.flush();
                Thread.sleep(CHUNK_MILLIS);
            }
        } catch (IOException | InterruptedException gone) {
            // the listener went away, or the stream was taken down
        }
    }

    /** A WAV header announcing the longest stream the format can: a live stream has no known end. */
    private static byte[] header() {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(0xFFFFFFFF).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        header.putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes()).putInt(0xFFFFFFFF);
        return header.array();
    }

    @Override
    public void close() {
        isUp = false;
        server.stop(0);
        listeners.shutdownNow();
    }
}
