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
 * flood rule sees many readers. The comments are all different and go round the discussions of the
 * front page's articles, as a site's readers write them; the per-account flood rule still rejects a
 * reader's seventh comment in two minutes, so a long or fast run needs many readers. Times the POST
 * alone: screening, the database writes and the answer.
 *
 * <pre>
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE register READERS
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE post RATE SECONDS READERS
 * java -cp bench/target/classes io.tribune.bench.CommentsLoad BASE sequential COUNT READERS [FIRST]
 * </pre>
 *
 * {@code sequential} signs the readers in, prints {@code ready} and waits for a line on its input before
 * posting COUNT comments one after another (each waits for the previous answer), then prints {@code done}
 * and the answers: a caller measures what the posts alone cost between the two (bench/posting-cost.sh).
 * FIRST numbers the comments from there on (0 by default): a run after another one posts other
 * comments, not the same ones by the same readers again, which the flood rule would take as repeats.
 *
 * The readers registered by {@code register} must be confirmed before {@code post} (the script does it
 * in the database, as the letters' links would).
 */
public final class CommentsLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DISCUSSION = Pattern.compile("hx-get=\"(/en/discussion/\\d+)\"");
    private static final Pattern ARTICLE = Pattern.compile("href=\"(/en/[a-z0-9-]+/[a-z0-9-]+)\"");
    private static final String PASSWORD = "a load test passphrase";
    /**
     * The parts a comment is made of, one of each, chosen independently by the comment's number: readers
     * write different comments, and a bench whose comments were near-identical would measure the
     * flash-mob rule rejecting them (as it should), not posting.
     */
    private static final String[][] PARTS = {
        {
            "I think",
            "In my view",
            "Honestly,",
            "To be fair,",
            "As someone who lives nearby,",
            "Interesting:",
            "Well,",
            "For what it is worth,",
            "Speaking as a parent,",
            "From my experience at work,",
            "Frankly,",
            "If I read this right,"
        },
        {
            "the council", "the new timetable", "the regional budget", "the interview", "the map of closures",
            "the housing figure", "the minister's answer", "the hospital plan", "the school reform",
                    "the bridge repair",
            "the tram extension", "the library project", "the water company", "the harbour plan", "the tax change",
            "the farmers' protest", "the election debate", "the museum's new wing", "the cycling lane", "the night bus",
            "the court ruling", "the price of bread", "the teachers' offer", "the airport noise report"
        },
        {
            "should be explained in plain numbers",
            "could help commuters more than expected",
            "leaves out the villages in the valley",
            "deserves a second look after the summer",
            "was handled better than last year",
            "raises questions nobody answered",
            "sounds good on paper",
            "will cost more than the first estimate",
            "finally got the attention it needed",
            "seems rushed to me",
            "was a long time coming",
            "matters a lot to older residents",
            "needs a public hearing",
            "might divide the district",
            "reads like a compromise",
            "is the real story here",
            "surprised my neighbours",
            "should have been debated in spring",
            "came up at our street meeting too",
            "has support across parties"
        },
        {
            "before the next session.",
            "and I hope you follow up.",
            "which surprised me.",
            "as far as I can tell.",
            "and that matters for families here.",
            "— thanks for covering it.",
            "despite the weather.",
            "if the figures hold.",
            "according to the article.",
            "unless something changes in March.",
            "and the comments above agree.",
            "at least in our part of town.",
            "for the third time this year.",
            "in my humble opinion.",
            "and I would like to know more."
        },
        {
            "My bus was late twice this week.",
            "Our café owner said the same.",
            "I checked the report myself.",
            "The photo of the square is lovely.",
            "My grandmother remembers the old line.",
            "We will see at the next vote.",
            "Good work by the reporter.",
            "Could you publish the full table?",
            "My street is still waiting for repairs.",
            "The last paragraph says it all.",
            "Let us hope it lasts.",
            "I have changed my mind on this.",
            "The shop owners have a point too.",
            "The figures are on page two.",
            "It was packed at the meeting.",
            "We cycled past it on Sunday."
        },
        {
            "", "I will bring it up with my councillor.", "My sister works there and agrees.",
            "Let us talk about it at the market.", "The radio covered it differently.", "Five years ago it was worse.",
            "Our class discussed it yesterday.", "I hope the mayor reads this.", "Time will tell.",
            "I would pay a little more for it.", "The old plan was simpler.", "Keep asking them.",
            "My neighbour disagrees, for the record.", "See you at the hearing.", "Numbers do not lie.",
            "I learned something today.", "The drawing in the print edition helped.", "Still thinking about it.",
            "Half my street will be affected.", "That was my first thought as well."
        }
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
            case "sequential" ->
                load.sequential(
                        Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]),
                        args.length > 4 ? Integer.parseInt(args[4]) : 0);
            default ->
                throw new IllegalArgumentException(
                        "usage: CommentsLoad BASE register N | post RATE SECONDS N | sequential COUNT N [FIRST]");
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

    private void sequential(int count, int readerCount, int first) throws Exception {
        List<Reader> readers = signedIn(readerCount);
        List<String> discussions = discussions(readers);
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = first; i < first + count; i++) {
            Reader reader = readers.get(i % readers.size());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", reader.csrf);
            form.put("text", comment(i));
            form.put("submit", UUID.randomUUID().toString());
            statuses.merge(
                    reader.post(discussions.get(i % discussions.size()), form).statusCode(), 1, Integer::sum);
        }
        System.out.println("done");
        System.out.println("answers " + statuses);
        System.out.flush();
    }

    private List<Reader> signedIn(int readerCount) throws Exception {
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < readerCount; i++) {
            readers.add(new Reader(i));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (var loggedIn : pool.invokeAll(readers.stream()
                    .map(reader -> Executors.callable(reader::logIn))
                    .toList())) {
                loggedIn.get(); // a refused log-in ends the bench
            }
        }
        return readers;
    }

    /**
     * The discussions of the front page's articles, as many readers spread over a site's articles, with
     * each reader's CSRF token taken from the first.
     */
    private List<String> discussions(List<Reader> readers) {
        String front = readers.getFirst().get("/en/");
        Matcher article = ARTICLE.matcher(front);
        List<String> discussions = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (article.find()) {
            if (seen.add(article.group(1))) {
                Matcher found = DISCUSSION.matcher(readers.getFirst().get(article.group(1)));
                if (found.find() && !discussions.contains(found.group(1))) {
                    discussions.add(found.group(1));
                }
            }
        }
        if (discussions.isEmpty()) {
            throw new IllegalStateException("no article with a discussion on the front page");
        }
        for (Reader reader : readers) {
            reader.csrf = csrf(reader.get(discussions.getFirst()));
        }
        return discussions;
    }

    private void post(int rate, Duration duration, int readerCount) throws Exception {
        List<Reader> readers = signedIn(readerCount);
        List<String> discussions = discussions(readers);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = duration.toSeconds() * rate;
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
                    int status = reader.post(discussions.get((int) (n % discussions.size())), form)
                            .statusCode();
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
        StringBuilder text = new StringBuilder();
        long mixed = n * 0x9E3779B97F4A7C15L;
        for (String[] part : PARTS) {
            mixed = Long.rotateLeft(mixed * 0xBF58476D1CE4E5B9L + n, 29);
            String chosen = part[(int) Math.floorMod(mixed, (long) part.length)];
            text.append(text.isEmpty() || chosen.isEmpty() ? "" : " ").append(chosen);
        }
        return text.toString();
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
