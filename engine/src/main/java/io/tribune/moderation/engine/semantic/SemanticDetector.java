package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.Analysis;
import io.tribune.moderation.engine.ArticleCloseness;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import io.tribune.moderation.engine.Screening;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-rule heads over the edition's sentence encoder. A head's probability from its hold threshold
 * (the rule's {@code semanticHold} parameter if the policy sets one, else the threshold calibrated with
 * the head, at least 0.5; see {@link SemanticHeads.Calibration}) up to {@code semanticReject} (default 0.9) maps into the
 * rule's hold range; from {@code semanticReject} on, into its action range, which the engine lowers to a
 * hold unless another detector found the same rule: a learned score alone never rejects. Each finding
 * names the probability and the nearest labelled examples of the rule. Editions whose language the encoder
 * does not cover get nothing from this detector.
 */
public final class SemanticDetector implements Detector {

    public static final String MEASURE = "semantic:";
    static final double DEFAULT_HOLD = 0.5;
    static final double DEFAULT_REJECT = 0.9;
    static final String SEMANTIC_HOLD = "semanticHold";
    private static final int NEIGHBOURS = 3;
    private static final int ARTICLE_CACHE = 512;

    /** The encoder and heads one edition uses. */
    public record EditionModel(SentenceEncoder encoder, SemanticHeads heads) {}

    private static final Set<RuleId> RULES = allRules();

    private final Map<String, EditionModel> editions;
    private final Map<String, String> status;
    private final Map<String, float[]> articles = new ConcurrentHashMap<>();
    private final Analysis<float[]> embedding;
    private final ArticleCloseness closeness;

    SemanticDetector(Map<String, EditionModel> editions, Map<String, String> status) {
        this.editions = Map.copyOf(editions);
        this.status = Map.copyOf(status);
        this.embedding = screening -> {
            EditionModel model = this.editions.get(screening.comment().edition());
            return model == null ? null : model.encoder().encode(screening.text());
        };
        this.closeness = this::closenessToArticle;
    }

    private static Set<RuleId> allRules() {
        Set<RuleId> rules = EnumSet.copyOf(SemanticHeads.RULES);
        rules.add(RuleId.OFF_TOPIC);
        return rules;
    }

    @Override
    public String name() {
        return "semantic";
    }

    @Override
    public Set<RuleId> rules() {
        return RULES;
    }

    @Override
    public boolean learned() {
        return true;
    }

    /** Per edition: which encoder and heads screen it, or why it keeps the lexical engine alone. */
    public Map<String, String> status() {
        return new java.util.TreeMap<>(status);
    }

    public Optional<EditionModel> model(String edition) {
        return Optional.ofNullable(editions.get(edition));
    }

    @Override
    public void inspect(Screening screening, Report report) {
        EditionModel model = editions.get(screening.comment().edition());
        if (model == null || screening.text().isBlank()) {
            return;
        }
        float[] v = screening.get(embedding);
        screening.checkDeadline();
        Policy policy = screening.policy();
        SemanticHeads heads = model.heads();
        for (RuleId rule : heads.rules()) {
            if (policy.isEnabled(rule)) {
                report(report, policy.rule(rule), rule, heads.probability(rule, v), heads.hold(rule), heads, v);
            }
        }
        offTopic(screening, report, model);
    }

    /**
     * How close in meaning the comment is to its article's title and lead (the dot product of their
     * embeddings), once per screening; empty where the edition has no encoder or the article is unknown.
     * The lexical relatedness signal reads it too, so that a comment sharing no word with a short lead but
     * plainly about the same thing is not held.
     */
    public ArticleCloseness closeness() {
        return closeness;
    }

    private OptionalDouble closenessToArticle(Screening screening) {
        EditionModel model = editions.get(screening.comment().edition());
        ArticleText article = screening.comment().article();
        if (model == null || article.isEmpty() || screening.text().isBlank()) {
            return OptionalDouble.empty();
        }
        String articleText = SemanticHeads.articleText(article);
        float[] a = articles.get(articleText);
        if (a == null) {
            a = model.encoder().encode(articleText);
            if (articles.size() >= ARTICLE_CACHE) {
                articles.clear();
            }
            articles.put(articleText, a);
        }
        return OptionalDouble.of(SentenceEncoder.dot(screening.get(embedding), a));
    }

    /**
     * Off-topic by the closeness of the comment to its article, only where the policy asks for it with the
     * off_topic rule's {@code semanticHold} parameter (the probability from which a comment is held). The
     * built-in policy does not: the shipped encoder's closeness does not tell an off-topic comment from a
     * short acceptable one (docs/moderation-quality.md), so off-topic is held on the lexical relatedness
     * signal, which the closeness can only clear.
     */
    private void offTopic(Screening screening, Report report, EditionModel model) {
        RulePolicy rule = screening.policy().rule(RuleId.OFF_TOPIC);
        if (!screening.policy().isEnabled(RuleId.OFF_TOPIC) || !rule.params().containsKey(SEMANTIC_HOLD)) {
            return;
        }
        OptionalDouble close = screening.get(closeness);
        if (close.isEmpty()) {
            return;
        }
        double p = model.heads().offTopic(close.getAsDouble());
        score(rule, p, DEFAULT_HOLD)
                .ifPresent(s -> report.add(new Finding(
                        RuleId.OFF_TOPIC,
                        s,
                        List.of(
                                new Evidence.Measure(MEASURE + RuleId.OFF_TOPIC.id(), round(p)),
                                new Evidence.Measure(ArticleCloseness.MEASURE, round(close.getAsDouble()))))));
    }

    private static void report(
            Report report, RulePolicy rule, RuleId id, double p, double hold, SemanticHeads heads, float[] v) {
        Optional<Double> score = score(rule, p, hold);
        if (score.isEmpty()) {
            return;
        }
        List<SemanticHeads.Neighbour> nearest = heads.nearest(v, id, NEIGHBOURS);
        double mean = nearest.stream()
                .mapToDouble(SemanticHeads.Neighbour::similarity)
                .average()
                .orElse(0);
        report.add(new Finding(
                id,
                score.get(),
                List.of(
                        new Evidence.Measure(MEASURE + id.id(), round(p)),
                        new Evidence.Similar(
                                nearest.stream()
                                        .map(SemanticHeads.Neighbour::id)
                                        .toList(),
                                round(mean),
                                0))));
    }

    /**
     * Where a probability lands on the rule's own score scale, or empty below the hold threshold: the
     * policy's {@code semanticHold} if it sets one, else {@code calibrated} (the head's own threshold). A rule
     * whose action is to hold, with no hold range below it (off_topic), holds from that threshold on.
     */
    static Optional<Double> score(RulePolicy rule, double p, double calibrated) {
        double hold = rule.param(SEMANTIC_HOLD, calibrated);
        double reject = Math.max(hold, rule.param("semanticReject", DEFAULT_REJECT));
        boolean holdRange = rule.holdThreshold() < rule.threshold();
        if (p < hold || (!holdRange && rule.action() != Action.HOLD)) {
            return Optional.empty();
        }
        if (!holdRange) {
            reject = hold;
        }
        if (p < reject) {
            double t = (p - hold) / Math.max(1e-9, reject - hold);
            return Optional.of(rule.holdThreshold() + t * (rule.threshold() - rule.holdThreshold()) * 0.999);
        }
        double t = (p - reject) / Math.max(1e-9, 1 - reject);
        return Optional.of(Math.min(1, rule.threshold() + t * (1 - rule.threshold())));
    }

    /**
     * What a moderator reads for a hit the heads drove, e.g. "probability 0.93, close to 3 examples
     * labelled violence_cruelty (similarity 0.71): en-violence_cruelty-p01, ...".
     */
    public static Optional<String> explain(RuleHit hit) {
        Double p = null;
        Evidence.Similar similar = null;
        for (Evidence e : hit.evidence()) {
            if (e instanceof Evidence.Measure m
                    && m.name().equals(MEASURE + hit.rule().id())) {
                p = m.value();
            } else if (e instanceof Evidence.Similar s && s.accounts() == 0) {
                similar = s;
            }
        }
        if (p == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT, "semantic %s probability %.2f", hit.rule().id(), p));
        if (similar != null && !similar.commentIds().isEmpty()) {
            text.append(String.format(
                    Locale.ROOT,
                    ", close to %d comments labelled %s (similarity %.2f): %s",
                    similar.commentIds().size(),
                    hit.rule().id(),
                    similar.similarity(),
                    String.join(", ", similar.commentIds())));
        }
        return Optional.of(text.toString());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
