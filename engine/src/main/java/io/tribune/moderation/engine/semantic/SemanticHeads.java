package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One logistic head per rule over a sentence encoder's embedding, the off-topic head over the closeness of
 * a comment to its article, and the labelled examples they were trained on (to name the nearest ones).
 * Immutable and thread-safe.
 */
public final class SemanticHeads {

    /** The rules that need meaning rather than words; the others stay with their own detectors. */
    public static final Set<RuleId> RULES = EnumSet.of(
            RuleId.HATE,
            RuleId.MINORS,
            RuleId.EXTREMISM,
            RuleId.INSULT_THREAT,
            RuleId.PUBLISHER_DISRESPECT,
            RuleId.VIOLENCE_CRUELTY,
            RuleId.SUICIDE,
            RuleId.ADVERTISING,
            RuleId.THIRD_PARTY_PROMO,
            RuleId.SPAM,
            RuleId.NARCOTICS,
            RuleId.TROLLING);

    /** Fewer positive examples than this, and a rule gets no head. */
    static final int MIN_POSITIVES = 4;

    /** Chosen by 5-fold cross-validation on the built-in examples alone ({@code HeadTuning}, test scope). */
    static final double L2 = 1e-2;

    static final int EPOCHS = 300;

    /** Off-topic before any example with an article is known: even odds at closeness 0.1 (chosen a priori). */
    static final double[] DEFAULT_OFF_TOPIC = {-20, 2};

    /** A labelled example kept for explanations. */
    public record Example(String id, RuleId rule, float[] vector) {}

    /** A neighbour of a comment among the examples, with the dot product of their embeddings. */
    public record Neighbour(String id, RuleId rule, double similarity) {}

    private final String encoder;
    private final int dimension;
    private final Map<RuleId, LogisticHead> heads;
    private final double[] offTopic; // {slope, intercept} over closeness to the article
    private final List<Example> examples;
    private final String source;

    SemanticHeads(
            String encoder,
            int dimension,
            Map<RuleId, LogisticHead> heads,
            double[] offTopic,
            List<Example> examples,
            String source) {
        this.source = source;
        this.encoder = encoder;
        this.dimension = dimension;
        this.heads = Map.copyOf(heads);
        this.offTopic = offTopic.clone();
        this.examples = List.copyOf(examples);
    }

    /** Embeds the examples with {@code encoder} and fits a head for every rule with enough positives. */
    public static SemanticHeads train(SentenceEncoder encoder, List<Labelled> labelled) {
        float[][] x = new float[labelled.size()][];
        List<Example> examples = new ArrayList<>();
        List<double[]> related = new ArrayList<>(); // {closeness, off-topic?}
        for (int i = 0; i < labelled.size(); i++) {
            Labelled item = labelled.get(i);
            x[i] = encoder.encode(item.text());
            if (!Counterfactuals.isCopy(item.id())) {
                examples.add(new Example(item.id(), item.rule(), x[i]));
            }
            if (!item.article().isEmpty() && (item.rule() == null || item.rule() == RuleId.OFF_TOPIC)) {
                float[] article = encoder.encode(articleText(item.article()));
                related.add(new double[] {SentenceEncoder.dot(x[i], article), item.rule() == RuleId.OFF_TOPIC ? 1 : 0});
            }
        }
        Map<RuleId, LogisticHead> heads = new EnumMap<>(RuleId.class);
        double[] weights = labelled.stream().mapToDouble(Labelled::weight).toArray();
        for (RuleId rule : RULES) {
            boolean[] y = new boolean[labelled.size()];
            int positives = 0;
            for (int i = 0; i < y.length; i++) {
                y[i] = labelled.get(i).rule() == rule;
                positives += y[i] ? 1 : 0;
            }
            if (positives >= MIN_POSITIVES) {
                heads.put(rule, LogisticHead.train(x, y, weights, L2, EPOCHS));
            }
        }
        return new SemanticHeads(encoder.name(), encoder.dimension(), heads, offTopicHead(related), examples, "");
    }

    private static double[] offTopicHead(List<double[]> related) {
        long positives = related.stream().filter(r -> r[1] == 1).count();
        if (positives < 2 || positives == related.size()) {
            return DEFAULT_OFF_TOPIC;
        }
        float[][] x = new float[related.size()][];
        boolean[] y = new boolean[related.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = new float[] {(float) (related.get(i)[0] * 10)};
            y[i] = related.get(i)[1] == 1;
        }
        LogisticHead head = LogisticHead.train(x, y, 1e-4, 2_000);
        return new double[] {head.weights()[0] * 10, head.bias()};
    }

    /** What the off-topic head compares a comment with: the article's title and lead. */
    public static String articleText(ArticleText article) {
        return (article.title() + ". " + article.lead()).strip();
    }

    /** A fingerprint of what the heads were trained on (set for the built-in heads), or empty. */
    public String source() {
        return source;
    }

    SemanticHeads withSource(String source) {
        return new SemanticHeads(encoder, dimension, heads, offTopic, examples, source);
    }

    public String encoder() {
        return encoder;
    }

    public int dimension() {
        return dimension;
    }

    public Set<RuleId> rules() {
        return heads.keySet();
    }

    public double probability(RuleId rule, float[] embedding) {
        LogisticHead head = heads.get(rule);
        return head == null ? 0 : head.probability(embedding);
    }

    /** The probability that a comment this close to its article is off-topic. */
    public double offTopic(double closeness) {
        return LogisticHead.sigmoid(offTopic[0] * closeness + offTopic[1]);
    }

    /** The {@code k} examples labelled {@code rule} (null: acceptable) closest to the embedding. */
    public List<Neighbour> nearest(float[] embedding, RuleId rule, int k) {
        return examples.stream()
                .filter(e -> e.rule() == rule)
                .map(e -> new Neighbour(e.id(), e.rule(), SentenceEncoder.dot(embedding, e.vector())))
                .sorted(Comparator.comparingDouble(Neighbour::similarity).reversed())
                .limit(k)
                .toList();
    }

    // --- files ---

    public void save(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("encoder", encoder);
        root.put("dimension", dimension);
        root.put("source", source);
        root.putArray("offTopic").add(offTopic[0]).add(offTopic[1]);
        ObjectNode rules = root.putObject("heads");
        heads.forEach((rule, head) -> {
            ObjectNode h = rules.putObject(rule.id());
            h.put("bias", head.bias());
            vector(h.putArray("weights"), head.weights());
        });
        ArrayNode list = root.putArray("examples");
        for (Example e : examples) {
            ObjectNode node = list.addObject();
            node.put("id", e.id());
            node.put("rule", e.rule() == null ? null : e.rule().id());
            node.put("vector", base64(e.vector()));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writeValue(out, root);
        }
    }

    private static String base64(float[] v) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(v.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            bytes.putFloat(x);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.array());
    }

    private static float[] unbase64(String text, int dimension, String file) {
        byte[] raw;
        try {
            raw = java.util.Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new EncoderException(file + ": a vector is not base64: retrain the heads");
        }
        if (raw.length != dimension * 4) {
            throw new EncoderException(file + ": a vector does not have " + dimension + " numbers: retrain the heads");
        }
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(raw)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer();
        float[] v = new float[dimension];
        floats.get(v);
        return v;
    }

    private static void vector(ArrayNode array, float[] v) {
        for (float x : v) {
            array.add(x);
        }
    }

    /**
     * Reads heads saved by {@link #save}; refuses heads trained on an encoder of another dimension, since
     * they cannot be applied to its embeddings.
     */
    public static SemanticHeads load(Path file, SentenceEncoder encoder) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), encoder);
        } catch (IOException e) {
            throw new EncoderException(file + ": cannot read the semantic heads: " + e.getMessage(), e);
        }
    }

    /** As {@link #load(Path, SentenceEncoder)}, from a stream; {@code name} names it in errors. */
    public static SemanticHeads load(InputStream in, String name, SentenceEncoder encoder) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new EncoderException(name + ": cannot read the semantic heads: " + e.getMessage(), e);
        }
        int dimension = root.path("dimension").asInt(-1);
        if (dimension != encoder.dimension()) {
            throw new EncoderException(
                    name + ": the heads were trained on " + root.path("encoder").asString("?")
                            + " (dimension " + dimension + ") but the configured encoder " + encoder.name()
                            + " gives dimension "
                            + encoder.dimension() + ": retrain the semantic heads for this encoder");
        }
        Map<RuleId, LogisticHead> heads = new EnumMap<>(RuleId.class);
        root.path("heads").properties().forEach(e -> {
            RuleId rule = RuleId.fromId(e.getKey())
                    .orElseThrow(() -> new EncoderException(name + ": unknown rule " + e.getKey()));
            float[] weights = floats(e.getValue().path("weights"), dimension, name);
            heads.put(rule, new LogisticHead(weights, (float)
                    e.getValue().path("bias").asDouble()));
        });
        List<Example> examples = new ArrayList<>();
        for (JsonNode node : root.path("examples")) {
            RuleId rule = node.path("rule").isNull()
                    ? null
                    : RuleId.fromId(node.path("rule").asString()).orElse(null);
            examples.add(new Example(
                    node.path("id").asString(),
                    rule,
                    unbase64(node.path("vector").asString(""), dimension, name)));
        }
        JsonNode off = root.path("offTopic");
        double[] offTopic = off.size() == 2
                ? new double[] {off.get(0).asDouble(), off.get(1).asDouble()}
                : DEFAULT_OFF_TOPIC;
        return new SemanticHeads(
                root.path("encoder").asString(""),
                dimension,
                heads,
                offTopic,
                examples,
                root.path("source").asString(""));
    }

    private static float[] floats(JsonNode array, int dimension, String file) {
        if (!array.isArray() || array.size() != dimension) {
            throw new EncoderException(file + ": a vector does not have " + dimension + " numbers: retrain the heads");
        }
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) array.get(i).asDouble();
        }
        return v;
    }
}
