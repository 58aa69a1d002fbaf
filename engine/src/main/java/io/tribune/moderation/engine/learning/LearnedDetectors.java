package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import java.util.List;

/** Builds this package's detectors for the standard engine. */
public final class LearnedDetectors {

    private LearnedDetectors() {}

    /**
     * The trained classifier, sharing the {@link EditionClassifiers} registered in the configuration
     * (so that the application's {@code learn} calls reach the engine) or opening its own.
     */
    public static List<Detector> create(EngineConfig config) {
        EditionClassifiers classifiers =
                config.component(EditionClassifiers.class).orElseGet(() -> EditionClassifiers.open(config));
        classifiers.prepare(config.policies().editions());
        return List.of(new ClassifierDetector(classifiers));
    }
}
