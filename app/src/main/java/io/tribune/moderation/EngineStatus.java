package io.tribune.moderation;

import java.util.Map;
import org.springframework.stereotype.Component;

/** What screens each edition's comments for meaning, for the administrators' engine page. */
@Component
public class EngineStatus {

    private final Engines engines;

    EngineStatus(Engines engines) {
        this.engines = engines;
    }

    /**
     * Per edition, the sentence encoder and heads that screen it, or why the lexical engine works alone
     * (no encoder configured, or one that does not cover the edition's language). Waits for the engine
     * if it is still being built.
     */
    public Map<String, String> semanticStatus() {
        return engines.semanticStatus();
    }
}
