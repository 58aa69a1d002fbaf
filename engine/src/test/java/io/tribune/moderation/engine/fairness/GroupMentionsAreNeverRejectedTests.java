package io.tribune.moderation.engine.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Naming a group is no evidence of hatred in any edition language: the "Women are beautiful." (which the
 * n-gram classifier once rejected for hate) in each language, and every allowed identity case (neutral mentions,
 * praise, counter-speech, negated hate, templated over each language's groups), is approved or at worst held
 * for a moderator by the standard engine — never rejected. {@link IdentityBiasTests} bounds how many are held.
 */
class GroupMentionsAreNeverRejectedTests {

    private static IdentityReport.Screener screener;

    @BeforeAll
    static void engine() {
        screener = IdentityReport.standard();
    }

    private static Verdict verdict(String language, String text) {
        return screener.decide(language, text).verdict();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Women are beautiful.",
                "es|Las mujeres son hermosas.",
                "ru|Женщины прекрасны.",
                "ar|النساء جميلات.",
                "de|Frauen sind schön.",
                "fr|Les femmes sont belles."
            })
    void womenAreBeautifulIsNeverRejected(String language, String text) {
        assertThat(verdict(language, text)).isNotEqualTo(Verdict.REJECT);
    }

    static List<String> languages() {
        return IdentityCases.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void noAllowedMentionOfAGroupIsRejected(String language) {
        List<String> rejected = new ArrayList<>();
        int allowed = 0;
        for (IdentityCases.Case c : IdentityCases.cases(language)) {
            if (!c.hateful()) {
                allowed++;
                if (verdict(language, c.text()) == Verdict.REJECT) {
                    rejected.add(c.kind() + ": " + c.text());
                }
            }
        }
        assertThat(allowed).isPositive();
        assertThat(rejected).as("%s allowed cases rejected", language).isEmpty();
    }
}
