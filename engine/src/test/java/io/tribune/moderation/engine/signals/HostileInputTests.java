package io.tribune.moderation.engine.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTests {

    // a generous budget: this checks that nothing breaks; time is the benchmark's business
    private static final EngineConfig CONFIG =
            EngineConfig.defaults().languages(Screener.LANGUAGES).budget(Duration.ofSeconds(30));
    private static final Engine ENGINE = Engine.with(CONFIG, SignalDetectors.create(CONFIG, Screener.LANGUAGES));

    static Stream<String> hostileTexts() {
        return Stream.of(
                "",
                "   \n\t  ",
                "😀😀😀🎉🎉",
                "a" + "\u0301".repeat(10_000),
                "\ud800 broken \udc00 surrogates \ud83d",
                "\u202eevil reversed text\u202c with bidi controls",
                "1".repeat(20_000),
                "A.".repeat(10_000),
                "x@".repeat(10_000),
                "http://a.b/" + "c".repeat(19_000),
                "word ".repeat(4_000),
                "SHOUT ".repeat(3_000),
                "4111 ".repeat(4_000),
                "\"'«".repeat(6_000));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextIsDecidedWithEvidenceInsideTheText(String text) {
        for (String edition : new String[] {"en", "ru", "ar"}) {
            Decision decision = ENGINE.screen(Comment.of("h", edition, text)).decision();
            assertThat(decision.holds()).noneMatch(h -> h.startsWith("failure:"));
            for (RuleHit hit : decision.hits()) {
                for (Evidence evidence : hit.evidence()) {
                    if (evidence instanceof Evidence.Span span) {
                        assertThat(span.start()).isBetween(0, span.end());
                        assertThat(span.end()).isLessThanOrEqualTo(text.length());
                        assertThat(span.match()).isEqualTo(text.substring(span.start(), span.end()));
                    }
                }
            }
        }
    }
}
