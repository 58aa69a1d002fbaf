package io.tribune.moderation;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What screens each edition's comments for meaning, and how well the learned classifier foresees the
 * moderators' decisions, for the administrators' engine page.
 */
@Component
public class EngineStatus {

    private final Engines engines;
    private final LearningFromModerators learning;

    EngineStatus(Engines engines, LearningFromModerators learning) {
        this.engines = engines;
        this.learning = learning;
    }

    /**
     * Per edition, the sentence encoder and heads that screen it, or why the lexical engine works alone
     * (no encoder configured, or one that does not cover the edition's language). Waits for the engine
     * if it is still being built.
     */
    public Map<String, String> semanticStatus() {
        return engines.semanticStatus();
    }

    /**
     * Per edition, the precision and recall of its learned classifier on the latest moderator decisions,
     * each scored before the classifier learnt it (on this node, which learns every node's decisions).
     */
    public Map<String, LearningQuality> learningQuality() {
        return learning.quality();
    }
}
