package io.tribune.moderation.engine;

import io.tribune.moderation.engine.activity.ActivityDetectors;
import io.tribune.moderation.engine.learning.LearnedDetectors;
import io.tribune.moderation.engine.lexical.LexicalDetectors;
import io.tribune.moderation.engine.semantic.SemanticDetector;
import io.tribune.moderation.engine.semantic.SemanticDetectors;
import io.tribune.moderation.engine.signals.SignalDetectors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The standard detector set: lexicons, patterns and signals, the trained classifier, activity over time. */
final class Detectors {

    private Detectors() {}

    static List<Detector> standard(EngineConfig config, LanguageIdentifier languages) {
        List<Detector> all = new ArrayList<>();
        SemanticDetector semantic = SemanticDetectors.create(config);
        all.addAll(LexicalDetectors.create(config));
        all.addAll(SignalDetectors.create(config, languages, semantic.closeness()));
        all.add(semantic);
        // Where the heads screen an edition, they replace the n-gram classifier, which mistakes plain
        // mentions of groups for hatred; the other editions keep it.
        Set<String> covered = new HashSet<>(config.policies().editions());
        covered.removeIf(edition -> semantic.model(edition).isEmpty());
        all.addAll(LearnedDetectors.create(config, covered));
        all.addAll(ActivityDetectors.create(config));
        return all;
    }

    static LanguageIdentifier languageIdentifier(EngineConfig config) {
        return SignalDetectors.languageIdentifier(config);
    }
}
