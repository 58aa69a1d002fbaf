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
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
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

    /** The hold threshold of a head that was not calibrated (saved before calibration, or too few examples). */
    static final double DEFAULT_HOLD = 0.5;

    /** Folds of the cross-validation inside the training examples that calibrates the hold thresholds. */
    static final int CALIBRATION_FOLDS = 5;

    /** At most this share of acceptable training comments may be held out of fold at a rule's hold threshold. */
    static final double CLEAN_HELD = 0.01;

    /** A calibrated hold threshold stays below the default reject point (0.9), so that a head can still hold. */
    static final double MAX_HOLD = 0.85;

    static final long CALIBRATION_SEED = 12;

    /** Off-topic before any example with an article is known: even odds at closeness 0.1 (chosen a priori). */
    static final double[] DEFAULT_OFF_TOPIC = {-20, 2};

    /** A labelled example kept for explanations. */
    public record Example(String id, RuleId rule, float[] vector) {}

    /** A neighbour of a comment among the examples, with the dot product of their embeddings. */
    public record Neighbour(String id, RuleId rule, double similarity) {}

    private final String encoder;
    private final int dimension;
    private final Map<RuleId, LogisticHead> heads;
    private final Map<RuleId, Calibration> holds;
    private final double[] offTopic; // {slope, intercept} over closeness to the article
    private final List<Example> examples;
    private final String source;

    SemanticHeads(
            String encoder,
            int dimension,
            Map<RuleId, LogisticHead> heads,
            Map<RuleId, Calibration> holds,
            double[] offTopic,
            List<Example> examples,
            String source) {
        this.source = source;
        this.encoder = encoder;
        this.dimension = dimension;
        this.heads = inRuleOrder(heads);
        this.holds = inRuleOrder(holds);
        this.offTopic = offTopic.clone();
        this.examples = List.copyOf(examples);
    }

    /**
     * An unmodifiable copy that iterates in the rules' declared order. {@code Map.copyOf} iterates in an order
     * salted anew by every JVM, which made the saved heads file differ from one run to the next.
     */
    private static <V> Map<RuleId, V> inRuleOrder(Map<RuleId, V> map) {
        Map<RuleId, V> ordered = new EnumMap<>(RuleId.class);
        ordered.putAll(map);
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * Embeds the examples with {@code encoder}, fits a head for every rule with enough positives, and
     * calibrates each head's hold threshold by cross-validation inside the examples ({@link Calibration}).
     */
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
        Map<RuleId, LogisticHead> heads = fit(x, labelled, null);
        Map<RuleId, Calibration> holds = Calibration.of(x, labelled, heads.keySet());
        return new SemanticHeads(
                encoder.name(), encoder.dimension(), heads, holds, offTopicHead(related), examples, "");
    }

    /**
     * A head per rule with enough positives, trained on the rows {@code use} allows (null: all) that teach it
     * (another rule's near miss is left out of a head's rows).
     */
    static Map<RuleId, LogisticHead> fit(float[][] x, List<Labelled> labelled, boolean[] use) {
        Map<RuleId, LogisticHead> heads = new EnumMap<>(RuleId.class);
        for (RuleId rule : RULES) {
            int[] rows = IntStream.range(0, x.length)
                    .filter(i -> (use == null || use[i]) && labelled.get(i).teaches(rule))
                    .toArray();
            float[][] features = new float[rows.length][];
            boolean[] y = new boolean[rows.length];
            double[] weights = new double[rows.length];
            int positives = 0;
            for (int k = 0; k < rows.length; k++) {
                Labelled item = labelled.get(rows[k]);
                features[k] = x[rows[k]];
                y[k] = item.rule() == rule;
                weights[k] = item.weight();
                positives += y[k] ? 1 : 0;
            }
            if (positives >= MIN_POSITIVES) {
                heads.put(rule, LogisticHead.train(features, y, weights, L2, EPOCHS));
            }
        }
        return heads;
    }

    /**
     * A rule's hold threshold and what it costs out of fold: the share of acceptable training comments held
     * and the share of the rule's own examples held (weighted as in training), at the default 0.5 and at the
     * calibrated threshold; {@code clean} and {@code positives} count the originals, without copies.
     */
    public record Calibration(
            double hold,
            int clean,
            double cleanHeldAtDefault,
            double cleanHeld,
            int positives,
            double recallAtDefault,
            double recall) {

        /**
         * Per rule in {@code rules}: deals the examples into {@link #CALIBRATION_FOLDS} folds (stratified by
         * label; a counterfactual copy goes with its original), trains the heads on the other folds, scores
         * each fold, and picks the lowest threshold from 0.5 up (at most {@link #MAX_HOLD}, rounded up to a
         * hundredth) at which at most {@link #CLEAN_HELD} of the acceptable examples are held, weighted as in
         * training (an example and its counterfactual copies count once together, so a near miss that names
         * a group counts by its share of held group variants).
         */
        static Map<RuleId, Calibration> of(float[][] x, List<Labelled> labelled, Set<RuleId> rules) {
            int[] fold = folds(labelled);
            double[][] p = new double[RuleId.values().length][x.length];
            for (int f = 0; f < CALIBRATION_FOLDS; f++) {
                boolean[] use = new boolean[x.length];
                for (int i = 0; i < x.length; i++) {
                    use[i] = fold[i] != f;
                }
                Map<RuleId, LogisticHead> heads = fit(x, labelled, use);
                for (int i = 0; i < x.length; i++) {
                    if (!use[i]) {
                        for (RuleId rule : rules) {
                            LogisticHead head = heads.get(rule);
                            p[rule.ordinal()][i] = head == null ? 0 : head.probability(x[i]);
                        }
                    }
                }
            }
            Map<RuleId, Calibration> all = new EnumMap<>(RuleId.class);
            for (RuleId rule : rules) {
                List<double[]> clean = new ArrayList<>(); // {probability, weight}
                List<double[]> positive = new ArrayList<>();
                int cleanOriginals = 0;
                int positiveOriginals = 0;
                for (int i = 0; i < x.length; i++) {
                    if (!labelled.get(i).teaches(rule)) {
                        continue;
                    }
                    boolean original = !Counterfactuals.isCopy(labelled.get(i).id());
                    cleanOriginals += original && labelled.get(i).rule() == null ? 1 : 0;
                    positiveOriginals += original && labelled.get(i).rule() == rule ? 1 : 0;
                    double[] scored = {p[rule.ordinal()][i], labelled.get(i).weight()};
                    if (labelled.get(i).rule() == null) {
                        clean.add(scored);
                    } else if (labelled.get(i).rule() == rule) {
                        positive.add(scored);
                    }
                }
                clean.sort((a, b) -> Double.compare(b[0], a[0]));
                double budget =
                        CLEAN_HELD * clean.stream().mapToDouble(c -> c[1]).sum();
                double hold = DEFAULT_HOLD;
                double held = 0;
                for (double[] c : clean) {
                    held += c[1];
                    if (held > budget + 1e-9) {
                        double above = Math.ceil(c[0] * 100 + 1e-9) / 100;
                        hold = Math.min(MAX_HOLD, Math.max(DEFAULT_HOLD, above));
                        break;
                    }
                }
                all.put(
                        rule,
                        new Calibration(
                                hold,
                                cleanOriginals,
                                share(clean, DEFAULT_HOLD),
                                share(clean, hold),
                                positiveOriginals,
                                share(positive, DEFAULT_HOLD),
                                share(positive, hold)));
            }
            return all;
        }

        /** The weighted share at or above {@code threshold} ({@code {probability, weight}} pairs). */
        private static double share(List<double[]> scored, double threshold) {
            double total = scored.stream().mapToDouble(c -> c[1]).sum();
            double above = scored.stream()
                    .filter(c -> c[0] >= threshold)
                    .mapToDouble(c -> c[1])
                    .sum();
            return total == 0 ? 0 : above / total;
        }

        private static int[] folds(List<Labelled> labelled) {
            Map<String, List<String>> byLabel = new java.util.TreeMap<>();
            Map<String, Integer> foldOf = new java.util.HashMap<>();
            for (Labelled item : labelled) {
                String base = base(item.id());
                if (foldOf.putIfAbsent(base, -1) == null) {
                    byLabel.computeIfAbsent(String.valueOf(item.rule()), k -> new ArrayList<>())
                            .add(base);
                }
            }
            java.util.Random random = new java.util.Random(CALIBRATION_SEED);
            int next = 0;
            for (List<String> ids : byLabel.values()) {
                java.util.Collections.shuffle(ids, random);
                for (String id : ids) {
                    foldOf.put(id, next++ % CALIBRATION_FOLDS);
                }
            }
            int[] fold = new int[labelled.size()];
            for (int i = 0; i < fold.length; i++) {
                fold[i] = foldOf.get(base(labelled.get(i).id()));
            }
            return fold;
        }

        private static String base(String id) {
            int tilde = id.indexOf('~');
            return tilde < 0 ? id : id.substring(0, tilde);
        }
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
        return new SemanticHeads(encoder, dimension, heads, holds, offTopic, examples, source);
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

    /**
     * The probability from which the rule's head holds a comment, calibrated when the heads were trained
     * (0.5 for heads saved without one); a policy's {@code semanticHold} overrides it.
     */
    public double hold(RuleId rule) {
        Calibration c = holds.get(rule);
        return c == null ? DEFAULT_HOLD : c.hold();
    }

    /** How the rule's hold threshold was calibrated, if it was. */
    public Optional<Calibration> calibration(RuleId rule) {
        return Optional.ofNullable(holds.get(rule));
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
            Calibration c = holds.get(rule);
            if (c != null) {
                h.put("hold", c.hold());
                ObjectNode how = h.putObject("calibration");
                how.put("clean", c.clean());
                how.put("cleanHeldAtDefault", c.cleanHeldAtDefault());
                how.put("cleanHeld", c.cleanHeld());
                how.put("positives", c.positives());
                how.put("recallAtDefault", c.recallAtDefault());
                how.put("recall", c.recall());
            }
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
        Map<RuleId, Calibration> holds = new EnumMap<>(RuleId.class);
        root.path("heads").properties().forEach(e -> {
            RuleId rule = RuleId.fromId(e.getKey())
                    .orElseThrow(() -> new EncoderException(name + ": unknown rule " + e.getKey()));
            float[] weights = floats(e.getValue().path("weights"), dimension, name);
            heads.put(rule, new LogisticHead(weights, (float)
                    e.getValue().path("bias").asDouble()));
            if (e.getValue().path("hold").isNumber()) {
                JsonNode how = e.getValue().path("calibration");
                holds.put(
                        rule,
                        new Calibration(
                                e.getValue().path("hold").asDouble(),
                                how.path("clean").asInt(0),
                                how.path("cleanHeldAtDefault").asDouble(0),
                                how.path("cleanHeld").asDouble(0),
                                how.path("positives").asInt(0),
                                how.path("recallAtDefault").asDouble(0),
                                how.path("recall").asDouble(0)));
            }
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
                holds,
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
