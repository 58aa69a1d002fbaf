package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds this package's detectors for the standard engine. */
public final class LearnedDetectors {

    private LearnedDetectors() {}

    /**
     * A detector for each of an edition's classifiers ({@link ModelKind}), sharing the {@link EditionClassifiers} registered in
     * the configuration (so that the application's {@code learn} calls reach the engine) or opening its own.
     */
    public static List<Detector> create(EngineConfig config) {
        return create(config, Set.of());
    }

    /** As {@link #create(EngineConfig)}, leaving out the editions in {@code skipped}. */
    public static List<Detector> create(EngineConfig config, Set<String> skipped) {
        EditionClassifiers classifiers =
                config.component(EditionClassifiers.class).orElseGet(() -> EditionClassifiers.open(config));
        classifiers.prepare(config.policies().editions(), skipped);
        return Arrays.stream(ModelKind.values())
                .<Detector>map(kind -> new ClassifierDetector(classifiers, kind, skipped))
                .toList();
    }
}
