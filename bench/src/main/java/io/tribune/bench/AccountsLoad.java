package io.tribune.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A load generator for the account forms of a running Tribune on loopback, as readers' browsers
 * would use them: each request first fetches its form (a session cookie, the CSRF token, a captcha
 * challenge), solves the proof of work the way the widget does, then sends the form. Only the form
 * submission is timed, since that is the server's work (captcha verification, password hashing,
 * database writes); the page fetch and the client's proof of work are reported apart.
 *
 * <pre>java -cp bench/target/classes io.tribune.bench.AccountsLoad BASE register|login SECONDS WORKERS [EMAIL PASSWORD]</pre>
 */
public final class AccountsLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("challenge=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]+)\"?");

    private final String base;
    private final List<Long> submitNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> solveNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    private AccountsLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AccountsLoad BASE register|login SECONDS WORKERS [EMAIL PASSWORD]");
            System.exit(2);
        }
        AccountsLoad load = new AccountsLoad(args[0]);
        String what = args[1];
        Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
        int workers = Integer.parseInt(args[3]);
        Runnable one = switch (what) {
            case "register" -> load::registerOnce;
            case "login" -> () -> load.logInOnce(args[4], args[5]);
            default -> throw new IllegalArgumentException(what);
        };
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (int i = 0; i < workers; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        one.run();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        load.report(what, workers, seconds);
    }

    private void registerOnce() {
        Client client = new Client();
        String page = client.get("/en/account/register");
        if (page == null) {
            failures.incrementAndGet();
            return;
        }
        long solving = System.nanoTime();
        String captcha = solve(page);
        solveNanos.add(System.nanoTime() - solving);
        int n = sequence.incrementAndGet();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", "load-" + ProcessHandle.current().pid() + "-" + n + "@example.org");
        form.put("displayName", "Load reader " + n);
        form.put("password", "a long enough passphrase " + n);
        form.put("consent", "yes");
        form.put("altcha", captcha);
        submit(client, "/en/account/register", page, form);
    }

    private void logInOnce(String email, String password) {
        Client client = new Client();
        String page = client.get("/en/account/login");
        if (page == null) {
            failures.incrementAndGet();
            return;
        }
        submit(client, "/en/account/login", page, Map.of("email", email, "password", password));
    }

    /** Sends the form; a redirect (303/302) is the success answer of both forms. */
    private void submit(Client client, String path, String page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        Matcher csrf = CSRF.matcher(page);
        if (csrf.find()) {
            form.put("_csrf", csrf.group(1));
        }
        long started = System.nanoTime();
        int status = client.post(path, form);
        long took = System.nanoTime() - started;
        if (status == 302 || status == 303) {
            submitNanos.add(took);
        } else {
            failures.incrementAndGet();
        }
    }

    /** The widget's proof of work: the number whose SHA-256 with the salt is the challenge. */
    static String solve(String page) {
        Matcher matcher = CHALLENGE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no captcha on the page");
        }
        String json =
                matcher.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&");
        Map<String, String> challenge = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(json);
        while (field.find()) {
            challenge.put(field.group(1), field.group(2));
        }
        String salt = challenge.get("salt");
        String target = challenge.get("challenge");
        long max = Long.parseLong(challenge.get("maxnumber"));
        MessageDigest sha = sha256();
        HexFormat hex = HexFormat.of();
        for (long n = 0; n <= max; n++) {
            if (hex.formatHex(sha.digest((salt + n).getBytes(StandardCharsets.UTF_8)))
                    .equals(target)) {
                String payload = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + target + "\",\"number\":" + n
                        + ",\"salt\":\"" + salt + "\",\"signature\":\"" + challenge.get("signature")
                        + "\",\"took\":10}";
                return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("the challenge has no solution");
    }

    private void report(String what, int workers, double seconds) {
        List<Long> times = new ArrayList<>(submitNanos);
        Collections.sort(times);
        System.out.printf(
                "%s: %d ok, %d failed in %.1f s with %d workers = %.1f/s; submit p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what,
                times.size(),
                failures.get(),
                seconds,
                workers,
                times.size() / seconds,
                percentile(times, 0.50),
                percentile(times, 0.99),
                percentile(times, 1.0));
        if (!solveNanos.isEmpty()) {
            List<Long> solving = new ArrayList<>(solveNanos);
            Collections.sort(solving);
            System.out.printf(
                    "  client proof of work (not in the figures above): p50 %.1f ms, p99 %.1f ms%n",
                    percentile(solving, 0.50), percentile(solving, 0.99));
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One reader's browser: its own cookies, no redirects followed. */
    private final class Client {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        String get(String path) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : null;
            } catch (Exception e) {
                return null;
            }
        }

        int post(String path, Map<String, String> form) {
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
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                return -1;
            }
        }
    }
}
