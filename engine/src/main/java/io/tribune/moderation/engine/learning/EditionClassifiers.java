package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text classifiers of every edition, one of each {@link ModelKind}: loaded from the edition's file of that
 * kind under {@code <dataDir>/models} ({@code <edition>.model} for the operator's trained model, {@code
 * <edition>.meaning.model} for the rules of meaning) when there is one, otherwise trained on first use from the
 * built-in examples of the edition's language. Moderators' decisions update the models online through {@link
 * #learn}, each decision the model of its rule; {@link #save} keeps the update. Register one instance as an
 * {@link EngineConfig#component} to share it between the engine and the application that feeds it decisions; all
 * methods are safe to call concurrently.
 */
public final class EditionClassifiers {

    private static final Logger log = LoggerFactory.getLogger(EditionClassifiers.class);

    private final Path dataDir;
    private final PolicyBook policies;
    private final Map<ModelKind, Map<String, Optional<Classifier>>> models = new EnumMap<>(ModelKind.class);

    private EditionClassifiers(Path dataDir, PolicyBook policies) {
        this.dataDir = dataDir;
        this.policies = policies;
        for (ModelKind kind : ModelKind.values()) {
            models.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** Classifiers for the engine's editions, reading models from its data folder if it has one. */
    public static EditionClassifiers open(EngineConfig config) {
        return new EditionClassifiers(config.dataDir().orElse(null), config.policies());
    }

    /** The model file of an edition under a data folder. */
    public static Path modelFile(Path dataDir, String edition) {
        return ModelKind.CONDUCT.file(dataDir, edition);
    }

    /** The meaning model file of an edition under a data folder, written once moderators' decisions taught it. */
    public static Path meaningModelFile(Path dataDir, String edition) {
        return ModelKind.MEANING.file(dataDir, edition);
    }

    /**
     * The probability of each rule the edition's models know, e.g. {@code spam=0.93}, and of {@code ok}: the
     * lowest of the models' (a comment is acceptable only if no model finds a rule likelier); empty when the
     * edition's language has neither a trained model nor built-in examples.
     */
    public Map<String, Double> classify(String edition, String text) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Features features = Features.local().extract(text);
        for (ModelKind kind : ModelKind.values()) {
            model(kind, edition)
                    .ifPresent(model -> reported(kind, model, features)
                            .forEach((label, probability) -> scores.merge(
                                    label, probability, label.equals(Classifier.OK) ? Math::min : Math::max)));
        }
        return scores;
    }

    /** The probabilities of the rules a model reports, and of {@code ok} as what they leave. */
    private static Map<String, Double> reported(ModelKind kind, Classifier classifier, Features features) {
        Map<String, Double> scores = new LinkedHashMap<>();
        double[] probabilities = classifier.probabilities(features);
        List<String> labels = classifier.labels();
        double rules = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (kind.reports(labels.get(i))) {
                scores.put(labels.get(i), probabilities[i]);
                rules += probabilities[i];
            }
        }
        scores.put(Classifier.OK, Math.max(0, 1 - rules));
        return scores;
    }

    /**
     * Teaches the edition's models one moderator decision: {@code label} is {@code ok} (also {@code
     * ham}/{@code approve}) or a rule id. A rule that a model other than {@link ModelKind#CONDUCT} reports
     * teaches that model, any other rule the conduct model, where a rule it did not know yet
     * becomes a new label; an approval teaches every model. So a busy newsroom's rejections for extremism never
     * take probability from hate in another model. A language without a meaning model (none built in, none
     * saved) gets none from decisions: one rejection would make a model that finds its rule in every comment,
     * so there the conduct model learns the rule as before.
     */
    public void learn(String edition, String text, String label) {
        String canonical = TrainingFile.canonicalLabel(label);
        if (canonical == null) {
            throw new IllegalArgumentException("label '" + label + "' is neither ok nor a rule id");
        }
        Features features = Features.of(text);
        boolean approval = canonical.equals(Classifier.OK);
        boolean taught = false;
        for (ModelKind kind : ModelKind.values()) {
            if (kind != ModelKind.CONDUCT
                    && (approval || kind.reports(canonical))
                    && model(kind, edition).isPresent()) {
                ownModel(kind, edition).learn(features, canonical);
                taught = true;
            }
        }
        if (approval || !taught) {
            ownModel(ModelKind.CONDUCT, edition).learn(features, canonical);
        }
    }

    /** The edition's model of a kind as one this instance may change, made so at the first decision. */
    private Classifier ownModel(ModelKind kind, String edition) {
        return models.get(kind)
                .compute(
                        edition,
                        (e, known) -> Optional.of(ownCopy(known == null ? load(kind, e) : known, kind.labels())))
                .orElseThrow();
    }

    /**
     * Writes the edition's model, with the decisions learnt so far, to the data folder, and each other model
     * too once decisions taught it; returns the model's file.
     */
    public Path save(String edition) throws IOException {
        if (dataDir == null) {
            throw new IllegalStateException("no data folder is configured, so models cannot be saved");
        }
        Classifier classifier = model(ModelKind.CONDUCT, edition)
                .orElseThrow(() -> new IllegalStateException("edition " + edition + " has no classifier"));
        Path file = modelFile(dataDir, edition);
        write(classifier, file);
        for (ModelKind kind : ModelKind.values()) {
            Optional<Classifier> model = model(kind, edition);
            if (kind != ModelKind.CONDUCT && model.isPresent() && !DefaultModels.isShared(model.get())) {
                write(model.get(), kind.file(dataDir, edition));
            }
        }
        return file;
    }

    /** The edition's model of a kind: the one moderators taught, saved, or the built-in one of its language. */
    Optional<Classifier> model(ModelKind kind, String edition) {
        return models.get(kind).computeIfAbsent(edition, e -> load(kind, e));
    }

    private Optional<Classifier> load(ModelKind kind, String edition) {
        return saved(kind, edition).or(() -> DefaultModels.shared(kind, languageOf(edition)));
    }

    /** A model saved in the data folder, if there is one and it reads; an unreadable one is skipped with a warning. */
    private Optional<Classifier> saved(ModelKind kind, String edition) {
        if (dataDir == null) {
            return Optional.empty();
        }
        Path file = kind.file(dataDir, edition);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        } catch (IOException | RuntimeException e) {
            log.warn("classifier model {} is unreadable, using the built-in one: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Loads every edition's classifiers now, so that no screening waits for a model to train; the models other
     * than the conduct model only where they will screen (not for {@code skipped}, the editions a sentence
     * encoder covers).
     */
    void prepare(Iterable<String> editions, Set<String> skipped) {
        editions.forEach(edition -> {
            for (ModelKind kind : ModelKind.values()) {
                if (kind == ModelKind.CONDUCT || !skipped.contains(edition)) {
                    model(kind, edition);
                }
            }
        });
    }

    /** A classifier this instance may change: the built-in ones are shared, so learning starts on a copy. */
    private static Classifier ownCopy(Optional<Classifier> known, List<String> labels) {
        if (known.isEmpty()) {
            return new Classifier(labels, DefaultModels.BITS);
        }
        return DefaultModels.isShared(known.get()) ? known.get().copy() : known.get();
    }

    private String languageOf(String edition) {
        return policies.covers(edition) ? policies.policyFor(edition).language() : edition;
    }

    static void write(Classifier classifier, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream raw = Files.newOutputStream(partial);
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            classifier.write(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Classifier read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)))) {
            return Classifier.read(in);
        }
    }
}
