package io.tribune.moderation;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening's decision stored with a comment, as a moderator reads it: the rules that fired with
 * their scores and evidence, and why it was held. Read from the engine's JSON; a record that cannot be
 * read (a comment stored before screening finished) reads as no rules.
 *
 * @param holds the reasons it was held rather than decided (e.g. {@code trust:first_comments})
 */
public record DecisionRecord(String verdict, List<Hit> hits, List<String> holds) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A rule that fired, with the engine's score (0 to 1) and action, and the evidence it gave. */
    public record Hit(String rule, double score, String action, List<Span> spans, List<Fact> facts) {}

    /**
     * Evidence that is not a stretch of text — similar comments, a rate, the language, a measure — as a
     * message key of the console's bundle and its arguments, so it is shown in the moderator's language.
     */
    public record Fact(String key, List<Object> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** Where in the comment's text the evidence lies, and the term it matched. */
    public record Span(int start, int end, String match, String term) {}

    public static DecisionRecord read(String json) {
        if (json == null || json.isBlank()) {
            return new DecisionRecord("", List.of(), List.of());
        }
        try {
            JsonNode root = JSON.readTree(json);
            List<Hit> hits = new ArrayList<>();
            for (JsonNode rule : root.path("rules")) {
                List<Span> spans = new ArrayList<>();
                List<Fact> facts = new ArrayList<>();
                for (JsonNode evidence : rule.path("evidence")) {
                    if (evidence.has("start")) {
                        spans.add(new Span(
                                evidence.path("start").asInt(),
                                evidence.path("end").asInt(),
                                evidence.path("match").asString(""),
                                evidence.path("term").asString("")));
                    } else {
                        facts.add(fact(evidence));
                    }
                }
                hits.add(new Hit(
                        rule.path("rule").asString(""),
                        rule.path("score").asDouble(),
                        rule.path("action").asString(""),
                        spans,
                        facts));
            }
            List<String> holds = new ArrayList<>();
            root.path("holds").forEach(h -> holds.add(h.asString("")));
            return new DecisionRecord(root.path("decision").asString(""), hits, holds);
        } catch (JacksonException e) {
            return new DecisionRecord("", List.of(), List.of());
        }
    }

    /**
     * The ids of the comments the flash-mob rule found near-identical to this one (its {@code similar}
     * evidence), so a cluster can be gathered from its members; none for a record without them.
     */
    public static java.util.Set<Long> similarTo(String json, String rule) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        if (json == null || json.isBlank()) {
            return ids;
        }
        try {
            for (JsonNode hit : JSON.readTree(json).path("rules")) {
                if (!rule.equals(hit.path("rule").asString(""))) {
                    continue;
                }
                for (JsonNode evidence : hit.path("evidence")) {
                    for (JsonNode id : evidence.path("similar")) {
                        String text = id.asString("");
                        if (!text.isEmpty()
                                && text.length() <= 18
                                && text.chars().allMatch(Character::isDigit)) {
                            ids.add(Long.parseLong(text));
                        }
                    }
                }
            }
        } catch (JacksonException e) {
            return ids;
        }
        return ids;
    }

    /** Whether the engine, not a person, found what it held or rejected the comment for. */
    public boolean isAutomated() {
        return !hits.isEmpty() || holds.stream().anyMatch(h -> !h.startsWith("failure:"));
    }

    public List<Span> spans() {
        return hits.stream().flatMap(h -> h.spans().stream()).toList();
    }

    private static Fact fact(JsonNode evidence) {
        if (evidence.has("similar")) {
            return new Fact(
                    "moderation.evidence.similar",
                    List.of(
                            evidence.path("similar").size(),
                            round(evidence.path("similarity").asDouble()),
                            evidence.path("accounts").asInt()));
        }
        if (evidence.has("per")) {
            return new Fact(
                    "moderation.evidence.rate."
                            + ("address".equals(evidence.path("per").asString("")) ? "address" : "author"),
                    List.of(
                            evidence.path("count").asInt(),
                            evidence.path("windowSeconds").asLong(),
                            evidence.path("limit").asInt()));
        }
        if (evidence.has("language")) {
            return new Fact(
                    "moderation.evidence.language",
                    List.of(
                            evidence.path("language").asString(""),
                            round(evidence.path("confidence").asDouble())));
        }
        if (evidence.has("measure")) {
            return new Fact(
                    "moderation.evidence.measure",
                    List.of(
                            evidence.path("measure").asString(""),
                            round(evidence.path("value").asDouble())));
        }
        return new Fact("moderation.evidence.other", List.of(evidence.toString()));
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
