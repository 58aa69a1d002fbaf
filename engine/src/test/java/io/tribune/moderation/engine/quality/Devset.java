package io.tribune.moderation.engine.quality;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The labelled single comments of {@code devset.jsonl} and their fixed-seed, stratified folds. */
public final class Devset {

    /** One labelled comment; {@code rule} is {@code rules[0]}, null for an approve. */
    public record Item(
            String id,
            String edition,
            Verdict expected,
            RuleId rule,
            boolean tricky,
            String text,
            ArticleText article) {

        public Comment comment() {
            return new Comment(id, edition, text, null, null, Instant.EPOCH, article, null, Standing.NEW);
        }

        /** A comment that should not be published: a reject, or a hold for a moderator. */
        public boolean shouldBlock() {
            return expected != Verdict.APPROVE;
        }
    }

    private Devset() {}

    public static List<Item> read(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            JsonNode rules = node.path("rules");
            RuleId rule = rules.isArray() && !rules.isEmpty()
                    ? RuleId.fromId(rules.get(0).asString()).orElseThrow()
                    : null;
            JsonNode article = node.path("article");
            items.add(new Item(
                    node.get("id").asString(),
                    node.get("edition").asString(),
                    Verdict.valueOf(node.get("expected").asString().toUpperCase(Locale.ROOT)),
                    rule,
                    node.path("note").asString("").startsWith("tricky:"),
                    node.path("text").asString(""),
                    new ArticleText(
                            article.path("title").asString(""),
                            article.path("lead").asString(""),
                            "")));
        }
        return items;
    }

    /**
     * Splits the items into {@code k} folds, stratified by edition, expected verdict and primary rule:
     * each stratum is sorted by id, shuffled with the fixed seed and dealt round-robin, continuing the
     * deal where the previous stratum stopped so that small strata do not all land in fold 0.
     */
    public static List<List<Item>> folds(List<Item> items, int k, long seed) {
        Map<String, List<Item>> strata = new TreeMap<>();
        for (Item item : items) {
            String key = item.edition() + "/" + item.expected() + "/"
                    + (item.rule() == null ? "-" : item.rule().id());
            strata.computeIfAbsent(key, s -> new ArrayList<>()).add(item);
        }
        List<List<Item>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (List<Item> stratum : strata.values()) {
            stratum.sort(Comparator.comparing(Item::id));
            Collections.shuffle(stratum, random);
            for (Item item : stratum) {
                folds.get(next).add(item);
                next = (next + 1) % k;
            }
        }
        return folds;
    }
}
