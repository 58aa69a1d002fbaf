package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import java.util.List;

/**
 * Builds this package's detectors for the standard engine: the stateful rules over the activity
 * store registered in the configuration, or over a new in-memory store.
 */
public final class ActivityDetectors {

    private ActivityDetectors() {}

    public static List<Detector> create(EngineConfig config) {
        ActivityStore store = config.component(ActivityStore.class).orElseGet(InMemoryActivityStore::new);
        return List.of(new ActivityDetector(store));
    }
}
