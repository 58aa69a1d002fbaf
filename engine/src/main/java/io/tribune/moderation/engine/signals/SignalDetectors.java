package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.LanguageIdentifier;
import java.util.List;

/** Builds this package's detectors for the standard engine. */
public final class SignalDetectors {

    private SignalDetectors() {}

    public static List<Detector> create(EngineConfig config, LanguageIdentifier languages) {
        return List.of();
    }

    public static LanguageIdentifier languageIdentifier(EngineConfig config) {
        return LanguageIdentifier.NONE;
    }
}
