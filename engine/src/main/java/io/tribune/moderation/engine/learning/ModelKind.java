package io.tribune.moderation.engine.learning;

import java.nio.file.Path;
import java.util.List;

/**
 * The classifiers an edition has, each a softmax over labels that rarely share a comment. In one model,
 * labels that do share comments draw probability from each other: the rules of meaning drew it away from hate
 * ("Juden sollte man alle erschießen." fell below every threshold), so they have a model of their own.
 */
enum ModelKind {

    /**
     * The rules a classifier learns from wording ({@link DefaultModels#LABELS}); also the operator's trained model
     * ({@code train}), whatever rules its file taught it.
     */
    CONDUCT("classifier", ".model", DefaultModels.LABELS),

    /** The rules of meaning ({@link DefaultModels#MEANING_LABELS}), learnt from {@code meaning-<language>.jsonl}. */
    MEANING("classifier-meaning", ".meaning.model", DefaultModels.MEANING_LABELS);

    private final String detector;
    private final String fileSuffix;
    private final List<String> labels;

    ModelKind(String detector, String fileSuffix, List<String> labels) {
        this.detector = detector;
        this.fileSuffix = fileSuffix;
        this.labels = labels;
    }

    /** The name of the detector that reports this model's findings, and the prefix of its evidence. */
    String detector() {
        return detector;
    }

    /** The labels a new model of this kind starts with. */
    List<String> labels() {
        return labels;
    }

    /** Where an edition's model of this kind is saved under a data folder. */
    Path file(Path dataDir, String edition) {
        return dataDir.resolve("models").resolve(edition + fileSuffix);
    }
}
