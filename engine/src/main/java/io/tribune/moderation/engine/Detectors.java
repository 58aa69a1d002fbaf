package io.tribune.moderation.engine;

import io.tribune.moderation.engine.activity.ActivityDetectors;
import io.tribune.moderation.engine.learning.LearnedDetectors;
import io.tribune.moderation.engine.lexical.LexicalDetectors;
import io.tribune.moderation.engine.signals.SignalDetectors;
import java.util.ArrayList;
import java.util.List;

/** The standard detector set: lexicons, patterns and signals, the trained classifier, activity over time. */
final class Detectors {

    private Detectors() {}

    static List<Detector> standard(EngineConfig config, LanguageIdentifier languages) {
        List<Detector> all = new ArrayList<>();
        all.addAll(LexicalDetectors.create(config));
        all.addAll(SignalDetectors.create(config, languages));
        all.addAll(LearnedDetectors.create(config));
        all.addAll(ActivityDetectors.create(config));
        return all;
    }

    static LanguageIdentifier languageIdentifier(EngineConfig config) {
        return SignalDetectors.languageIdentifier(config);
    }
}
