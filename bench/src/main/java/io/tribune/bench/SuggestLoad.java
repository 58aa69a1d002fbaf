package io.tribune.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times type-ahead ({@code /{edition}/search/suggest?q=}) of a running Tribune on loopback, one reader
 * at a time, as a reader types: every query of the file (as {@link SearchCorpus} wrote them, phrases'
 * quotes and prefix stars left out) is cut after its 2nd, 3rd, … character, and each cut is asked, up
 * to {@code COUNT} different ones after 500 for warming up. Prints p50, p95, p99 and the largest, in
 * milliseconds, and how many answers held at least one headline.
 *
 * <pre>java -cp bench/target/classes io.tribune.bench.SuggestLoad BASE EDITION QUERIES_FILE COUNT</pre>
 */
public final class SuggestLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SuggestLoad BASE EDITION QUERIES_FILE COUNT");
            System.exit(2);
        }
        String base = args[0] + "/" + args[1] + "/search/suggest?q=";
        int count = Integer.parseInt(args[3]);
        Set<String> typed = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            String query = URLDecoder.decode(
                            line.replaceFirst("^q=", "").replaceFirst("&.*$", ""), StandardCharsets.UTF_8)
                    .replaceAll("[\"*]", "")
                    .strip();
            for (int end = 2; end <= query.length(); end++) {
                typed.add(query.substring(0, end));
            }
        }
        List<String> all = new ArrayList<>(typed);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String words : all.subList(0, Math.min(500, all.size()))) {
            ask(http, base + URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        List<Long> nanos = new ArrayList<>();
        int failures = 0;
        int found = 0;
        for (String words : all.subList(Math.min(500, all.size()), Math.min(all.size(), 500 + count))) {
            long started = System.nanoTime();
            HttpResponse<String> answer = ask(http, base + URLEncoder.encode(words, StandardCharsets.UTF_8));
            nanos.add(System.nanoTime() - started);
            if (answer.statusCode() != 200) {
                failures++;
            } else if (answer.body().contains("\"headline\"")) {
                found++;
            }
        }
        nanos.sort(null);
        System.out.printf(
                Locale.ROOT,
                "type-ahead, %d texts as typed, one at a time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " with headlines: %d; answers other than 200: %d%n",
                nanos.size(),
                SearchLoad.percentile(nanos, 50),
                SearchLoad.percentile(nanos, 95),
                SearchLoad.percentile(nanos, 99),
                nanos.getLast() / 1e6,
                found,
                failures);
    }

    private static HttpResponse<String> ask(HttpClient http, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
