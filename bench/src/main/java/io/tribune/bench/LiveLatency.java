package io.tribune.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How long a comment takes from its post to a reader's open stream: readers connected to the node
 * that takes the post and to another node; one comment at a time, posted through the form as a
 * browser without JavaScript posts it (screening and the database write included), by readers that
 * take turns, each from a loopback address of its own, so the flood rules see many readers.
 *
 * <pre>java -cp bench/target/classes io.tribune.bench.LiveLatency POSTING_BASE OTHER_BASE ARTICLE_ID
 *     READERS PASSWORD SAMPLES</pre>
 *
 * The readers {@code bench-1@example.org} ... {@code bench-READERS@example.org} must exist, confirmed,
 * with the password (bench/live-latency.sh makes them).
 */
public final class LiveLatency {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern POSTED = Pattern.compile("\\?posted=(\\d+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] OPENINGS = {
        "Thank you for the clear report",
        "Useful summary of the decision",
        "I read this twice this morning",
        "My neighbours talked about this yesterday",
        "Good to see the numbers laid out",
        "The background section helped me",
        "A balanced piece overall",
        "Interesting detail about the timing",
        "This answered what I wondered about",
        "Fair coverage of both sides"
    };
    private static final String[] MIDDLES = {
        "especially the part on local costs",
        "and the map made the districts plain",
        "though the second quote surprised me",
        "since the schedule matters for commuters",
        "while the council vote still feels close",
        "because the figures came with sources",
        "even if the photos were rather small",
        "given how quickly plans keep changing",
        "now that the consultation has closed",
        "after last winter's long delays"
    };
    private static final String[] ENDINGS = {
        "I hope there is a follow-up.",
        "Looking forward to more.",
        "Well done to the newsroom.",
        "Keep us posted please.",
        "It was worth the read.",
        "Curious what happens next week.",
        "Sharing this with my family.",
        "Clear and calm reporting.",
        "More of this kind, please.",
        "Thanks for the careful work."
    };

    private final Map<Long, Long> onPostingNode = new ConcurrentHashMap<>();
    private final Map<Long, Long> onOtherNode = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: LiveLatency POSTING_BASE OTHER_BASE ARTICLE_ID READERS PASSWORD SAMPLES");
            System.exit(2);
        }
        new LiveLatency()
                .run(
                        args[0],
                        args[1],
                        Long.parseLong(args[2]),
                        Integer.parseInt(args[3]),
                        args[4],
                        Integer.parseInt(args[5]));
    }

    private void run(String posting, String other, long article, int readers, String password, int samples)
            throws Exception {
        String discussion = "/en/discussion/" + article;
        listen(posting + discussion + "/live", onPostingNode);
        listen(other + discussion + "/live", onOtherNode);
        List<Client> clients = new ArrayList<>();
        for (int i = 1; i <= readers; i++) {
            clients.add(Client.loggedIn(posting, "bench-" + i + "@example.org", password, 10 + i));
        }
        List<Long> answered = new ArrayList<>();
        List<Long> here = new ArrayList<>();
        List<Long> there = new ArrayList<>();
        List<Long> afterAnswer = new ArrayList<>();
        int notPublished = 0;
        int lost = 0;
        for (int sample = 0; sample < samples; sample++) {
            Client client = clients.get(sample % readers);
            String text = OPENINGS[sample % 10] + ", " + MIDDLES[(sample / 10 + sample) % 10] + ". "
                    + ENDINGS[(sample / 10 * 3 + sample * 7) % 10];
            long start = System.nanoTime();
            HttpResponse<String> response =
                    client.post(discussion, Map.of("text", text, "submit", submitKey(), "sort", "newest"));
            long answer = System.nanoTime();
            Matcher posted =
                    POSTED.matcher(response.headers().firstValue("Location").orElse(""));
            if (response.statusCode() != 303 || !posted.find()) {
                notPublished++;
                continue;
            }
            long id = Long.parseLong(posted.group(1));
            if (!client.get(discussion + "?posted=" + id).contains("discussion__outcome--published")) {
                notPublished++;
                continue;
            }
            Long arrivedHere = await(onPostingNode, id);
            Long arrivedThere = await(onOtherNode, id);
            if (arrivedHere == null || arrivedThere == null) {
                lost++;
                continue;
            }
            answered.add(answer - start);
            here.add(arrivedHere - start);
            there.add(arrivedThere - start);
            afterAnswer.add(Math.max(0, arrivedThere - answer));
            Thread.sleep(200);
        }
        System.out.printf(
                "%d comments posted one at a time, %d published and measured, %d held or refused, %d never arrived%n",
                samples, answered.size(), notPublished, lost);
        report("post answered (303)           ", answered);
        report("post -> reader on same node   ", here);
        report("post -> reader on other node  ", there);
        report("answer -> reader on other node", afterAnswer);
        System.exit(0);
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "%s p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what,
                percentile(sorted, 0.5),
                percentile(sorted, 0.9),
                percentile(sorted, 0.99),
                percentile(sorted, 1));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** When the comment reached the stream, waiting up to ten seconds; null if it never did. */
    private static Long await(Map<Long, Long> arrivals, long id) throws InterruptedException {
        for (int wait = 0; wait < 10_000; wait++) {
            Long at = arrivals.get(id);
            if (at != null) {
                return at;
            }
            Thread.sleep(1);
        }
        return null;
    }

    /** Reads the stream on a thread of its own, noting when each comment's event arrives. */
    private static void listen(String url, Map<Long, Long> arrivals) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + stream.statusCode());
        }
        Thread.ofPlatform()
                .daemon()
                .start(() -> stream.body().forEach(line -> {
                    if (line.startsWith("id:")) {
                        arrivals.putIfAbsent(Long.parseLong(line.substring(3).strip()), System.nanoTime());
                    }
                }));
    }

    private static String submitKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A signed-in reader's browser without JavaScript, from a loopback address of its own. */
    private record Client(HttpClient http, String base, String csrf) {

        static Client loggedIn(String base, String email, String password, int address) throws Exception {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .localAddress(InetAddress.getByName("127.0.0." + address))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Client anonymous = new Client(http, base, null);
            String login = anonymous.get("/en/account/login");
            HttpResponse<String> answer = new Client(http, base, token(login))
                    .post("/en/account/login", Map.of("email", email, "password", password));
            if (answer.statusCode() != 302
                    || answer.headers().firstValue("Location").orElse("").contains("login")) {
                throw new IllegalStateException("could not log in as " + email + ": " + answer.statusCode());
            }
            return new Client(http, base, token(anonymous.get("/en/account")));
        }

        private static String token(String page) {
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the page");
            }
            return csrf.group(1);
        }

        String get(String path) throws IOException, InterruptedException {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
