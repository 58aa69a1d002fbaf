package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import java.util.List;

/** Builds this package's detectors for the standard engine. */
public final class LexicalDetectors {

    private LexicalDetectors() {}

    public static List<Detector> create(EngineConfig config) {
        return List.of();
    }
}
