package io.tribune.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Fills a stopped Tribune's database with generated articles for the search benchmark: headlines,
 * leads and bodies drawn from the words of the edition's demo articles with their own frequencies (so
 * common words are common and rare ones rare), spread over the last year, in the edition's sections
 * and with up to three of its tags. Writes the queries the load will ask to a file beside it, drawn
 * from the same words: one to three words, some as phrases, some with a section filter or a prefix.
 *
 * <pre>java -cp bench/target/classes:h2.jar io.tribune.bench.SearchCorpus JDBC_URL EDITION COUNT QUERIES_FILE</pre>
 */
public final class SearchCorpus {

    private static final int BATCH = 500;

    private final SplittableRandom random = new SplittableRandom(14);
    private final List<String> words = new ArrayList<>();
    private double[] cumulative;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SearchCorpus JDBC_URL EDITION COUNT QUERIES_FILE");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            new SearchCorpus().fill(db, args[1], Integer.parseInt(args[2]), Path.of(args[3]));
        }
    }

    private void fill(Connection db, String edition, int count, Path queries) throws SQLException, IOException {
        learnWords(db, edition);
        List<Long> sections = ids(db, "select id from section where edition = '" + edition + "'");
        List<String> sectionSlugs = strings(db, "select slug from section where edition = '" + edition + "'");
        List<Long> tags = ids(db, "select id from tag where edition = '" + edition + "'");
        long started = System.nanoTime();
        Instant now = Instant.now();
        db.setAutoCommit(false);
        try (PreparedStatement article = db.prepareStatement(
                        "insert into article (edition, section_id, slug, short_code, title, lead, body, byline,"
                                + " top_story, breaking, published_at, modified_at, view_count, comment_count)"
                                + " values (?, ?, ?, ?, ?, ?, ?, '', false, false, ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement tagged =
                        db.prepareStatement("insert into article_tag (article_id, tag_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                Timestamp at = Timestamp.from(now.minus(Duration.ofMinutes(random.nextLong(365L * 24 * 60))));
                article.setString(1, edition);
                article.setLong(2, sections.get(random.nextInt(sections.size())));
                article.setString(3, "bench-" + i);
                article.setString(4, "b" + Integer.toString(i, 36));
                article.setString(5, capitalised(sentence(6 + random.nextInt(6))));
                article.setString(6, capitalised(sentence(20 + random.nextInt(15))) + ".");
                article.setString(7, body());
                article.setTimestamp(8, at);
                article.setTimestamp(9, at);
                article.setLong(10, (long) Math.pow(random.nextDouble(), 3) * 5000);
                article.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    article.executeBatch();
                    try (ResultSet keys = article.getGeneratedKeys()) {
                        while (keys.next()) {
                            int first = tags.isEmpty() ? 0 : random.nextInt(tags.size());
                            for (int t = Math.min(random.nextInt(4), tags.size()); t > 0; t--) {
                                tagged.setLong(1, keys.getLong(1));
                                tagged.setLong(2, tags.get((first + t) % tags.size()));
                                tagged.addBatch();
                            }
                        }
                    }
                    tagged.executeBatch();
                    db.commit();
                }
            }
        }
        Files.write(queries, queries(2000, sectionSlugs), StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "generated %d articles of %s from %d distinct words in %.1f s%n",
                count,
                edition,
                words.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /** The words of the edition's articles, each with how often it occurs. */
    private void learnWords(Connection db, String edition) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : strings(
                db, "select title || ' ' || lead || ' ' || body from article where edition = '" + edition + "'")) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !word.startsWith("read") && word.length() < 30) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        words.addAll(counts.keySet());
        words.sort(null);
        cumulative = new double[words.size()];
        double total = 0;
        for (int i = 0; i < words.size(); i++) {
            total += counts.get(words.get(i));
            cumulative[i] = total;
        }
    }

    private String word() {
        double at = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, at);
        return words.get(i >= 0 ? i : -i - 1);
    }

    private String sentence(int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sentence.append(i == 0 ? "" : " ").append(word());
        }
        return sentence.toString();
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        for (int p = 3 + random.nextInt(5); p > 0; p--) {
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                body.append(capitalised(sentence(8 + random.nextInt(14)))).append(". ");
            }
            body.append("\n\n");
        }
        return body.toString().strip();
    }

    private List<String> queries(int count, List<String> sections) {
        Random pick = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = pick.nextInt(20);
            String words = sentence(1 + pick.nextInt(3));
            String query = kind == 0 ? "\"" + words + "\"" : words;
            if (kind == 1) {
                String first = words.split(" ")[0];
                query = first.substring(0, Math.min(first.length(), 4)) + "*";
            }
            String line = "q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
            if (kind == 2 || kind == 3) {
                line += "&section=" + sections.get(pick.nextInt(sections.size()));
            }
            if (kind == 4) {
                line += "&page=2";
            }
            queries.add(line);
        }
        return queries;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        return strings(db, sql).stream().map(Long::parseLong).toList();
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
