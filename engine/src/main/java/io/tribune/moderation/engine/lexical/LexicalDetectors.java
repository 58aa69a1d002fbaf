package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds this package's detectors for the standard engine. */
public final class LexicalDetectors {

    private LexicalDetectors() {}

    public static List<Detector> create(EngineConfig config) {
        Set<String> languages = new HashSet<>();
        for (String edition : config.policies().editions()) {
            languages.add(config.policies().policyFor(edition).language());
        }
        LexiconSource.Loaded loaded = LexiconSource.load(config.dataDir(), languages);
        return List.of(new LexicalDetector(loaded.lexicon(), loaded.reporting(), loaded.framing()));
    }
}
