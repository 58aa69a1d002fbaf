package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.Optional;
import java.util.Set;

/**
 * The wrong-language check for an engine configured with another language identifier than lingua: it
 * can only trust the identifier's answer and its confidence, so it rejects only a confident answer.
 */
final class IdentifiedLanguageDetector implements Detector {

    private static final double SURE = 0.8;
    private static final double FAIRLY_SURE = 0.6;

    @Override
    public String name() {
        return "wrong-language";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.WRONG_LANGUAGE);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        Policy policy = screening.policy();
        Optional<Evidence.Language> found = screening.language();
        if (found.isEmpty()) {
            return;
        }
        Evidence.Language language = found.get();
        if (language.language().equals(policy.language())
                || policy.acceptedLanguages().contains(language.language())) {
            return;
        }
        double score = language.confidence() >= SURE ? 0.75 : language.confidence() >= FAIRLY_SURE ? 0.55 : 0;
        if (score > 0) {
            report.add(Finding.of(RuleId.WRONG_LANGUAGE, score, language));
        }
    }
}
