package io.tribune.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Comment posting against a running Tribune on loopback, at a fixed arrival rate (open loop: a slow
 * answer does not slow the arrivals), the way readers' browsers post the no-JavaScript form. Each
 * reader logs in once and posts from a loopback address of their own (127.0.x.y), so the per-address
 * flood rule sees many readers. Times the POST alone: screening, the database writes and the answer.
 *
 * <pre>
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE register READERS
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE post RATE SECONDS READERS
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE sequential COUNT READERS
 * </pre>
 *
 * {@code sequential} signs the readers in, prints {@code ready} and waits for a line on its input before
 * posting COUNT comments one after another (each waits for the previous answer), then prints {@code done}
 * and the answers: a caller measures what the posts alone cost between the two (bench/posting-cost.sh).
 *
 * The readers registered by {@code register} must be confirmed before {@code post} (the script does it
 * in the database, as the letters' links would).
 */
public final class CommentsLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DISCUSSION = Pattern.compile("hx-get=\"(/en/discussion/\\d+)\"");
    private static final Pattern ARTICLE = Pattern.compile("href=\"(/en/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final String PASSWORD = "a load test passphrase";
    private static final String[] OPENINGS = {
        "I think", "In my view", "Honestly,", "To be fair,", "As a reader from the north,", "Interesting:", "Well,"
    };
    private static final String[] MIDDLES = {
        "the council should publish the figures", "the strike could end sooner than expected",
        "the new timetable helps commuters", "the report leaves out the regional budget",
        "the interview explains the vote clearly", "the map of closures is very useful",
        "the numbers on housing look optimistic", "the minister's answer was vague"
    };
    private static final String[] ENDINGS = {
        "before the next session.",
        "and I hope they follow up.",
        "which surprised me.",
        "as far as I can tell.",
        "and that matters for families here.",
        "— thanks for covering it."
    };

    private final String base;

    private CommentsLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        CommentsLoad load = new CommentsLoad(args[0]);
        switch (args[1]) {
            case "register" -> load.register(Integer.parseInt(args[2]));
            case "post" ->
                load.post(
                        Integer.parseInt(args[2]),
                        Duration.ofSeconds(Long.parseLong(args[3])),
                        Integer.parseInt(args[4]));
            case "sequential" -> load.sequential(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default ->
                throw new IllegalArgumentException(
                        "usage: CommentsLoad BASE register N | post RATE SECONDS N | sequential COUNT N");
        }
    }

    private void register(int readers) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < readers; i++) {
                int n = i;
                pool.submit(() -> {
                    Reader reader = new Reader(n);
                    String page = reader.get("/en/account/register");
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("email", email(n));
                    form.put("displayName", "Load commenter " + n);
                    form.put("password", PASSWORD);
                    form.put("consent", "yes");
                    form.put("altcha", AccountsLoad.solve(page));
                    form.put("_csrf", csrf(page));
                    if (reader.post("/en/account/register", form).statusCode() != 302) {
                        failed.incrementAndGet();
                    }
                });
            }
        }
        System.out.printf("registered %d readers, %d failed%n", readers - failed.get(), failed.get());
    }

    private void sequential(int count, int readerCount) throws Exception {
        List<Reader> readers = signedIn(readerCount);
        String path = discussion(readers);
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Reader reader = readers.get(i % readers.size());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", reader.csrf);
            form.put("text", comment(i));
            form.put("submit", UUID.randomUUID().toString());
            statuses.merge(reader.post(path, form).statusCode(), 1, Integer::sum);
        }
        System.out.println("done");
        System.out.println("answers " + statuses);
        System.out.flush();
    }

    private List<Reader> signedIn(int readerCount) {
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < readerCount; i++) {
            Reader reader = new Reader(i);
            reader.logIn();
            readers.add(reader);
        }
        return readers;
    }

    /** The first front-page article's discussion, with each reader's CSRF token taken from it. */
    private String discussion(List<Reader> readers) {
        String front = readers.getFirst().get("/en/");
        Matcher article = ARTICLE.matcher(front);
        String discussion = null;
        while (discussion == null && article.find()) {
            Matcher found = DISCUSSION.matcher(readers.getFirst().get(article.group(1)));
            discussion = found.find() ? found.group(1) : null;
        }
        if (discussion == null) {
            throw new IllegalStateException("no article with a discussion on the front page");
        }
        for (Reader reader : readers) {
            reader.csrf = csrf(reader.get(discussion));
        }
        return discussion;
    }

    private void post(int rate, Duration duration, int readerCount) throws Exception {
        List<Reader> readers = signedIn(readerCount);
        String discussion = discussion(readers);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = duration.toSeconds() * rate;
        String path = discussion;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                Reader reader = readers.get((int) (i % readers.size()));
                long n = i;
                pool.submit(() -> {
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("_csrf", reader.csrf);
                    form.put("text", comment(n));
                    form.put("submit", UUID.randomUUID().toString());
                    long sent = System.nanoTime();
                    int status = reader.post(path, form).statusCode();
                    nanos.add(System.nanoTime() - sent);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "post: %d comments in %.1f s (offered %d/s) = %.1f/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; answers %s%n",
                sorted.size(),
                seconds,
                rate,
                sorted.size() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                percentile(sorted, 1.0),
                statuses);
    }

    private static String comment(long n) {
        return OPENINGS[(int) (n % OPENINGS.length)] + " " + MIDDLES[(int) (n / 7 % MIDDLES.length)] + " "
                + ENDINGS[(int) (n / 11 % ENDINGS.length)] + " (" + n + ")";
    }

    private static String email(int n) {
        return "commenter-" + n + "@load.example.org";
    }

    private static String csrf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** One reader's browser, from a loopback address of its own. */
    private final class Reader {

        private final int n;
        private final HttpClient http;
        private String csrf;

        Reader(int n) {
            this.n = n;
            try {
                this.http = HttpClient.newBuilder()
                        .localAddress(InetAddress.getByName("127.0." + (1 + n / 250) + "." + (1 + n % 250)))
                        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void logIn() {
            String page = get("/en/account/login");
            int status = post("/en/account/login", Map.of("email", email(n), "password", PASSWORD, "_csrf", csrf(page)))
                    .statusCode();
            if (status != 302) {
                throw new IllegalStateException("log-in of " + email(n) + " answered " + status);
            }
        }

        String get(String path) {
            try {
                return http.send(
                                HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<Void> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try {
                return http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
