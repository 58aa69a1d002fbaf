package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.Analysis;
import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports the rules an edition's classifier of one {@link ModelKind} finds likely, with the probability as a
 * measure and the words that pushed hardest towards the rule as spans of the original text, both named after
 * the detector ({@code classifier:spam}, {@code classifier-meaning:minors}).
 */
final class ClassifierDetector implements Detector {

    /** Below this probability a label is not worth a finding: no policy acts on it. */
    private static final double REPORT_FROM = 0.2;

    private static final int MAX_SPANS = 3;

    /** The comment's features, extracted once for every model that screens it. */
    private static final Analysis<Features> FEATURES = screening -> Features.of(screening.text());

    private final EditionClassifiers classifiers;
    private final ModelKind kind;
    private final Set<RuleId> rules;
    private final Set<String> skipped;

    ClassifierDetector(EditionClassifiers classifiers) {
        this(classifiers, ModelKind.CONDUCT, Set.of());
    }

    /**
     * The edition's model of a kind: for {@link ModelKind#CONDUCT} the operator's trained model or the built-in
     * one, each learning from moderators; leaves out the editions in {@code skipped}.
     */
    ClassifierDetector(EditionClassifiers classifiers, ModelKind kind, Set<String> skipped) {
        this.classifiers = classifiers;
        this.kind = kind;
        this.rules = rulesOf(kind.labels().stream().filter(kind::reports).toList());
        this.skipped = Set.copyOf(skipped);
    }

    /** The rules among a built-in model's labels. */
    private static Set<RuleId> rulesOf(List<String> labels) {
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        labels.forEach(label -> RuleId.fromId(label).ifPresent(rules::add));
        return rules;
    }

    @Override
    public boolean learned() {
        return true;
    }

    @Override
    public String name() {
        return kind.detector();
    }

    @Override
    public Set<RuleId> rules() {
        return rules;
    }

    @Override
    public void inspect(Screening screening, Report report) {
        if (skipped.contains(screening.comment().edition())) {
            return;
        }
        Optional<Classifier> found = classifiers.model(kind, screening.comment().edition());
        if (found.isEmpty() || screening.text().isBlank()) {
            return;
        }
        Classifier classifier = found.get();
        Features features = screening.get(FEATURES);
        screening.checkDeadline();
        double[] probabilities = classifier.probabilities(features);
        List<String> labels = classifier.labels();
        Policy policy = screening.policy();
        for (int label = 0; label < probabilities.length; label++) {
            double probability = probabilities[label];
            Optional<RuleId> rule = RuleId.fromId(labels.get(label));
            if (probability < REPORT_FROM
                    || rule.isEmpty()
                    || !kind.reports(labels.get(label))
                    || !policy.isEnabled(rule.get())) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence.Measure(kind.detector() + ":" + labels.get(label), round(probability)));
            evidence.addAll(strongestWords(classifier, features, label, screening.text()));
            report.add(new Finding(rule.get(), probability, evidence));
        }
    }

    private List<Evidence> strongestWords(Classifier classifier, Features features, int label, String text) {
        double[] pulls = classifier.tokenPulls(features, label);
        List<Evidence> spans = new ArrayList<>();
        boolean[] taken = new boolean[pulls.length];
        for (int k = 0; k < MAX_SPANS; k++) {
            int best = -1;
            for (int t = 0; t < pulls.length; t++) {
                boolean isWordOrLink = features.tokenKind(t) != Features.SYMBOL;
                if (isWordOrLink && !taken[t] && pulls[t] > 0 && (best < 0 || pulls[t] > pulls[best])) {
                    best = t;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            int from = features.tokenFrom(best);
            int to = Math.min(features.tokenTo(best), text.length());
            spans.add(new Evidence.Span(
                    from,
                    to,
                    text.substring(from, to),
                    kind.detector() + ":" + classifier.labels().get(label)));
        }
        return spans;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
