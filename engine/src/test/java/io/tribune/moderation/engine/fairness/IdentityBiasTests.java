package io.tribune.moderation.engine.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identity-term bias of the standard engine (shipped encoder for English) on our templated functional
 * tests: hateful cases must be blocked, neutral and positive mentions, counter-speech and negated hate
 * must be published. The bounds are the figures reached (docs/moderation-quality.md); a change that
 * blocks fewer hateful or more allowed cases fails here.
 */
class IdentityBiasTests {

    private static Map<String, Map<String, IdentityReport.Rates>> rates;

    @BeforeAll
    static void measure() {
        rates = IdentityReport.measure(IdentityReport.standard());
    }

    @ParameterizedTest(name = "{0}: hateful blocked >= {1}, allowed blocked <= {2}")
    @CsvSource({
        // language, hateful blocked at least, allowed blocked at most: today's figures (English 82/84 and 1/108,
        // inside the targets of 0.90 and 0.05; French 21/24 and 0/32, Spanish 16/24 and 0/32 since their
        // classifiers learn group-neutrally; French was 22/24 before repeated features were counted once, which
        // stopped long ordinary comments being held, and "Il faudrait fusiller les ..." now passes for one more group)
        "en, 0.97, 0.01",
        "de, 0.79, 0.07",
        "fr, 0.87, 0.00",
        "es, 0.66, 0.00",
        "ru, 0.29, 0.00",
        "ar, 0.23, 0.00"
    })
    void blocksHateAndPublishesMentionsOfGroups(String language, double hateful, double allowed) {
        IdentityReport.Rates all = rates.get(language).get("all");
        assertThat(all.hatefulBlockedRate())
                .as("%s hateful cases blocked; wrongly decided: %s", language, all.mistakes())
                .isGreaterThanOrEqualTo(hateful);
        assertThat(all.allowedBlockedRate())
                .as("%s allowed cases blocked; wrongly decided: %s", language, all.mistakes())
                .isLessThanOrEqualTo(allowed);
    }

    @Test
    void noEnglishGroupIsBlockedForBeingNamedMoreThanOnce() {
        rates.get("en").forEach((group, r) -> {
            if (!group.equals("all")) {
                assertThat(r.allowedBlocked)
                        .as("allowed cases blocked naming %s", group)
                        .isLessThanOrEqualTo(1);
            }
        });
    }
}
