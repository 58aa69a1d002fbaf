package io.tribune.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moderators' queue pages over HTTP: one signed-in moderator fetching whole console pages of the
 * English edition from a running Tribune on loopback, one request after another (closed loop, as a
 * person clicks), timed from the request to the last byte of the page. Each kind of page is warmed up,
 * then fetched the given number of times; prints p50/p95/p99 in milliseconds.
 *
 * <pre>
 * java -cp bench/target/classes io.tribune.bench.QueuePages BASE EMAIL PASSWORD LOWEST_ID HIGHEST_ID REQUESTS AUTHOR [ARTICLE]
 * </pre>
 *
 * LOWEST_ID and HIGHEST_ID bound the held comments' ids, from which the deep pages start; AUTHOR is the
 * account whose held comments the author filter shows, ARTICLE the article whose the article filter shows.
 */
public final class QueuePages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int WARM_UP = 100;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private QueuePages(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        QueuePages pages = new QueuePages(args[0]);
        pages.logIn(args[1], args[2]);
        long lowest = Long.parseLong(args[3]);
        long highest = Long.parseLong(args[4]);
        int requests = Integer.parseInt(args[5]);
        String author = args[6];
        SplittableRandom random = new SplittableRandom(42);
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("first-page", i -> "/en/moderation/held");
        kinds.put("deep-page", i -> "/en/moderation/held?after=" + random.nextLong(lowest + 1000, highest));
        kinds.put("rule-page", i -> "/en/moderation/held?rule=spam&after=" + random.nextLong(lowest + 1000, highest));
        kinds.put(
                "oldest-page",
                i -> "/en/moderation/held?order=oldest&after=" + random.nextLong(lowest, highest - 1000));
        kinds.put("author-page", i -> "/en/moderation/held?author=" + author);
        if (args.length > 7) {
            kinds.put("article-page", i -> "/en/moderation/held?article=" + args[7]);
        }
        kinds.put("reported-page", i -> "/en/moderation/reported");
        kinds.put("clusters-page", i -> "/en/moderation/clusters");
        System.out.printf("%-14s %8s %8s %8s %8s%n", "page", "p50_ms", "p95_ms", "p99_ms", "kB");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                pages.fetch(kind.getValue().apply(i));
            }
            List<Long> times = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < requests; i++) {
                String path = kind.getValue().apply(i);
                long start = System.nanoTime();
                bytes += pages.fetch(path).length();
                times.add(System.nanoTime() - start);
            }
            Collections.sort(times);
            System.out.printf(
                    "%-14s %8.2f %8.2f %8.2f %8d%n",
                    kind.getKey(),
                    percentile(times, 0.50),
                    percentile(times, 0.95),
                    percentile(times, 0.99),
                    bytes / requests / 1024);
        }
    }

    private void logIn(String email, String password) throws Exception {
        String page = fetch("/en/account/login");
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the log-in page");
        }
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        int status = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/en/account/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 302) {
            throw new IllegalStateException("log-in of " + email + " answered " + status);
        }
    }

    /** The page's body; anything but 200 ends the run, so that error pages are never timed as queue pages. */
    private String fetch(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
