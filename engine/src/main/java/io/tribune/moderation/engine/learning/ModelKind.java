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
     * The rules a classifier learns from wording but hate ({@link DefaultModels#CONDUCT_LABELS}): spam,
     * advertising, promotion of other outlets, insults and threats, trolling, learnt from {@code
     * default-<language>.jsonl} and {@code conduct-<language>.jsonl}; also the operator's trained model ({@code
     * train}), whatever rules its file taught it.
     */
    CONDUCT("classifier", ".model", DefaultModels.CONDUCT_LABELS, null),

    /**
     * Hate, reported alone by a model that knows the conduct rules too ({@link DefaultModels#LABELS}), learnt from
     * {@code default-<language>.jsonl} only. Its other labels draw the probability of rude, promotional or junk
     * comments away from hate; a model of hate against acceptable comments alone blocked fewer hateful statements
     * about groups (French 21 to 16 of 24), and the conduct model's examples, once in this model, fewer still.
     */
    HATE("classifier-hate", ".hate.model", DefaultModels.LABELS, List.of("hate")),

    /** The rules of meaning ({@link DefaultModels#MEANING_LABELS}), learnt from {@code meaning-<language>.jsonl}. */
    MEANING("classifier-meaning", ".meaning.model", DefaultModels.MEANING_LABELS, DefaultModels.MEANING_LABELS);

    private final String detector;
    private final String fileSuffix;
    private final List<String> labels;
    private final List<String> reported;

    /**
     * @param reported the rules the model reports and moderators' decisions teach it, or null for any rule its
     *     model knows (the conduct model, which an operator may have trained on any rule)
     */
    ModelKind(String detector, String fileSuffix, List<String> labels, List<String> reported) {
        this.detector = detector;
        this.fileSuffix = fileSuffix;
        this.labels = labels;
        this.reported = reported;
    }

    /**
     * Whether the model's probability of a rule is reported as a finding, and a moderator's decision for that rule
     * teaches this model: any rule of the conduct model, only its own rules for the others.
     */
    boolean reports(String label) {
        return !label.equals(Classifier.OK) && (reported == null || reported.contains(label));
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
