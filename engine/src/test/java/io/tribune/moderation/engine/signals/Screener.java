package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.LanguageIdentifier;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One engine with this package's detectors, shared by the tests (lingua's models load once). */
final class Screener {

    static final LanguageIdentifier LANGUAGES = SignalDetectors.languageIdentifier(EngineConfig.defaults());
    private static final EngineConfig CONFIG = EngineConfig.defaults().languages(LANGUAGES);
    static final Engine ENGINE = Engine.with(CONFIG, SignalDetectors.create(CONFIG, LANGUAGES));

    private Screener() {}

    static Decision screen(String edition, String text) {
        return ENGINE.screen(Comment.of("t", edition, text)).decision();
    }

    static Decision screen(String edition, String text, ArticleText article, String parent) {
        return ENGINE.screen(new Comment("t", edition, text, null, null, Instant.EPOCH, article, parent, Standing.NEW))
                .decision();
    }

    static Optional<RuleHit> hit(Decision decision, RuleId rule) {
        return decision.hits().stream().filter(h -> h.rule() == rule).findFirst();
    }

    /** The verdict this rule alone gives, APPROVE when it did not fire. */
    static Verdict verdict(Decision decision, RuleId rule) {
        return hit(decision, rule).map(RuleHit::verdict).orElse(Verdict.APPROVE);
    }

    static List<String> terms(Decision decision, RuleId rule) {
        return hit(decision, rule).stream()
                .flatMap(h -> h.evidence().stream())
                .filter(e -> e instanceof Evidence.Span)
                .map(e -> ((Evidence.Span) e).term())
                .toList();
    }
}
