package io.tribune.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake push service of {@code src/test/node/push-service} run by Node on 127.0.0.1: it makes
 * subscriptions with keys of its own, decrypts what it receives with the npm packages {@code http_ece}
 * and {@code web-push}, checks the VAPID token, and answers as a test scripts it. The packages are
 * installed from the npm registry into {@code target/push-service} on first use. Where Node is missing
 * the tests are skipped, except in CI ({@code TRIBUNE_TEST_REQUIRE_NODE=true}, set by {@code .ci/run}),
 * where that is a failure: the proof of interoperability must not silently disappear.
 */
public final class NodePushService implements AutoCloseable {

    private static final Path SOURCE = Path.of("src/test/node/push-service");
    private static final Path FOLDER = Path.of("target/push-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final String origin;
    private final HttpClient client = HttpClient.newHttpClient();

    private NodePushService(Process process, int port) {
        this.process = process;
        this.origin = "http://127.0.0.1:" + port;
    }

    /** A subscription as a browser would send it to the site. */
    public record Subscription(String endpoint, String p256dh, String auth) {

        public String id() {
            return endpoint.substring(endpoint.lastIndexOf('/') + 1);
        }

        public String json() {
            return "{\"endpoint\":\"" + endpoint + "\",\"keys\":{\"p256dh\":\"" + p256dh + "\",\"auth\":\"" + auth
                    + "\"}}";
        }
    }

    public static NodePushService start() throws IOException, InterruptedException {
        requireNode();
        Files.createDirectories(FOLDER);
        for (String file : List.of("package.json", "package-lock.json", "server.js")) {
            Files.copy(SOURCE.resolve(file), FOLDER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(FOLDER.resolve("node_modules/http_ece"))
                || !Files.isDirectory(FOLDER.resolve("node_modules/web-push"))) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(FOLDER.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (install.waitFor() != 0) {
                fail("npm ci of the fake push service failed:\n" + output);
            }
        }
        Process process = new ProcessBuilder("node", "server.js")
                .directory(FOLDER.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.startsWith("LISTENING ")) {
            process.destroyForcibly();
            fail("the fake push service did not start: " + line);
        }
        return new NodePushService(
                process, Integer.parseInt(line.substring("LISTENING ".length()).strip()));
    }

    private static void requireNode() throws InterruptedException {
        boolean isPresent;
        try {
            isPresent = new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            isPresent = false;
        }
        if (!isPresent && "true".equals(System.getenv("TRIBUNE_TEST_REQUIRE_NODE"))) {
            fail("node and npm are required here (TRIBUNE_TEST_REQUIRE_NODE=true): the interoperability proof"
                    + " of web push runs on them");
        }
        assumeTrue(isPresent, "no node/npm on this machine (CI installs them and requires them)");
    }

    public Subscription subscribe() {
        JsonNode answer = call("POST", "/subscriptions", "");
        return new Subscription(
                answer.get("endpoint").asString(),
                answer.get("keys").get("p256dh").asString(),
                answer.get("keys").get("auth").asString());
    }

    /** The same subscription with keys made anew; messages to it decrypt only with the new ones from now on. */
    public Subscription rekey(Subscription subscription) {
        JsonNode answer = call("POST", "/rekey/" + subscription.id(), "");
        return new Subscription(
                subscription.endpoint(),
                answer.get("keys").get("p256dh").asString(),
                answer.get("keys").get("auth").asString());
    }

    /** The next answers to the subscription's messages, e.g. {@code [{"status":429,"retryAfter":1}]}. */
    public void script(Subscription subscription, String steps) {
        call("POST", "/script/" + subscription.id(), steps);
    }

    /** Every message received so far, as the fake service read it. */
    public List<JsonNode> received() {
        List<JsonNode> all = new ArrayList<>();
        call("GET", "/received", null).forEach(all::add);
        return all;
    }

    public List<JsonNode> receivedBy(Subscription subscription) {
        return received().stream()
                .filter(m -> m.get("subscription").asString().equals(subscription.id()))
                .toList();
    }

    /** A key pair made by web-push's own generator. */
    public JsonNode vapidKeys() {
        return call("GET", "/vapid-keys", null);
    }

    public String origin() {
        return origin;
    }

    private JsonNode call(String method, String path, String body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(origin + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return JSON.readTree(
                    client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        client.close();
    }
}
