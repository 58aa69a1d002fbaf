package io.tribune.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the search page of a running Tribune on loopback, one reader at a time: each query of the
 * file (as {@link SearchCorpus} wrote them) is asked in turn, after a warm-up round, and the time
 * until the whole page has arrived is recorded. Prints p50, p95, p99 and the largest, in milliseconds.
 *
 * <pre>java -cp bench/target/classes io.tribune.bench.SearchLoad BASE EDITION QUERIES_FILE ROUNDS</pre>
 */
public final class SearchLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SearchLoad BASE EDITION QUERIES_FILE ROUNDS");
            System.exit(2);
        }
        String base = args[0] + "/" + args[1] + "/search?";
        List<String> queries = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        int rounds = Integer.parseInt(args[3]);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String query : queries.subList(0, Math.min(500, queries.size()))) {
            ask(http, base + query);
        }
        List<Long> nanos = new ArrayList<>();
        int failures = 0;
        for (int round = 0; round < rounds; round++) {
            for (String query : queries) {
                long started = System.nanoTime();
                int status = ask(http, base + query);
                nanos.add(System.nanoTime() - started);
                if (status != 200) {
                    failures++;
                }
            }
        }
        nanos.sort(null);
        System.out.printf(
                Locale.ROOT,
                "search page, %d queries, one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " answers other than 200: %d%n",
                nanos.size(),
                percentile(nanos, 50),
                percentile(nanos, 95),
                percentile(nanos, 99),
                nanos.getLast() / 1e6,
                failures);
    }

    private static int ask(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
