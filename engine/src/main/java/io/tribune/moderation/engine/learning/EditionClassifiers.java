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
 * The trained text classifier of every edition: loaded from {@code <dataDir>/models/<edition>.model}
 * when the operator trained one, otherwise trained on first use from the built-in examples of the
 * edition's language. Moderators' decisions update a model online through {@link #learn}; {@link #save}
 * keeps the update. Register one instance as an {@link EngineConfig#component} to share it between
 * the engine and the application that feeds it decisions; all methods are safe to call concurrently.
 */
public final class EditionClassifiers {

    private static final Logger log = LoggerFactory.getLogger(EditionClassifiers.class);

    private final Path dataDir;
    private final PolicyBook policies;
    private final Map<String, Optional<Classifier>> byEdition = new ConcurrentHashMap<>();

    private EditionClassifiers(Path dataDir, PolicyBook policies) {
        this.dataDir = dataDir;
        this.policies = policies;
    }

    /** Classifiers for the engine's editions, reading models from its data folder if it has one. */
    public static EditionClassifiers open(EngineConfig config) {
        return new EditionClassifiers(config.dataDir().orElse(null), config.policies());
    }

    /** The model file of an edition under a data folder. */
    public static Path modelFile(Path dataDir, String edition) {
        return dataDir.resolve("models").resolve(edition + ".model");
    }

    /**
     * The probability of {@code ok} and of each rule the edition's model knows, e.g. {@code spam=0.93};
     * empty when the edition's language has neither a trained model nor built-in examples.
     */
    public Map<String, Double> classify(String edition, String text) {
        Map<String, Double> scores = new LinkedHashMap<>();
        forEdition(edition).ifPresent(classifier -> {
            double[] probabilities = classifier.probabilities(Features.local().extract(text));
            List<String> labels = classifier.labels();
            for (int i = 0; i < probabilities.length; i++) {
                scores.put(labels.get(i), probabilities[i]);
            }
        });
        return scores;
    }

    /**
     * Teaches the edition's model one moderator decision: {@code label} is {@code ok} (also
     * {@code ham}/{@code approve}) or a rule id. A rule the model did not know yet becomes a new label.
     */
    public void learn(String edition, String text, String label) {
        String canonical = TrainingFile.canonicalLabel(label);
        if (canonical == null) {
            throw new IllegalArgumentException("label '" + label + "' is neither ok nor a rule id");
        }
        Classifier classifier = byEdition
                .compute(edition, (e, known) -> Optional.of(ownCopy(known == null ? load(e) : known)))
                .orElseThrow();
        classifier.learn(Features.of(text), canonical);
    }

    /** Writes the edition's model, with the decisions learnt so far, to the data folder; returns the file. */
    public Path save(String edition) throws IOException {
        if (dataDir == null) {
            throw new IllegalStateException("no data folder is configured, so models cannot be saved");
        }
        Classifier classifier = forEdition(edition)
                .orElseThrow(() -> new IllegalStateException("edition " + edition + " has no classifier"));
        Path file = modelFile(dataDir, edition);
        write(classifier, file);
        return file;
    }

    Optional<Classifier> forEdition(String edition) {
        return byEdition.computeIfAbsent(edition, this::load);
    }

    private Optional<Classifier> load(String edition) {
        if (dataDir != null) {
            Path file = modelFile(dataDir, edition);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(read(file));
                } catch (IOException | RuntimeException e) {
                    log.warn("classifier model {} is unreadable, using the built-in one: {}", file, e.toString());
                }
            }
        }
        return DefaultModels.shared(languageOf(edition));
    }

    /** The built-in meaning model of the edition's language: not trained by the operator, never learning. */
    Optional<Classifier> meaningFor(String edition) {
        return DefaultModels.sharedMeaning(languageOf(edition));
    }

    /**
     * Loads every edition's classifiers now, so that no screening waits for a model to train; the meaning model
     * only where it will screen (not for {@code withoutMeaning}, the editions a sentence encoder covers).
     */
    void prepare(Iterable<String> editions, Set<String> withoutMeaning) {
        editions.forEach(edition -> {
            forEdition(edition);
            if (!withoutMeaning.contains(edition)) {
                meaningFor(edition);
            }
        });
    }

    /** A classifier this instance may change: the built-in ones are shared, so learning starts on a copy. */
    private static Classifier ownCopy(Optional<Classifier> known) {
        if (known.isEmpty()) {
            return new Classifier(DefaultModels.LABELS, DefaultModels.BITS);
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
