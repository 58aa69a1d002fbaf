package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The advanced field of the policy form is read as plain data only: whatever YAML can do beyond keys,
 * lists and plain values is refused with the line it is on, and every value is checked.
 */
class EditionSettingsTests {

    private static final EditionSettings CURRENT =
            EditionSettings.of(PolicyBook.defaults().policyFor("en"));

    private final List<PolicyDraft.Problem> problems = new ArrayList<>();

    private EditionSettings read(String yaml) {
        return EditionSettings.read(yaml, CURRENT, problems);
    }

    private PolicyDraft.Problem onlyProblem() {
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void theSettingsWrittenOutReadBackAsTheyWere() {
        EditionSettings read = read(CURRENT.yaml());

        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(CURRENT);
    }

    @Test
    void aKeyLeftOutKeepsItsValueAndAChangedOneIsTaken() {
        EditionSettings read = read("""
                trust:
                  premoderateFirst: 3
                brandNames: [Tribune, Daily Example]
                failClosed:
                  spam: false
                """);

        assertThat(problems).isEmpty();
        assertThat(read.trust().premoderateFirst()).isEqualTo(3);
        assertThat(read.trust().holdAboveRejectionRate())
                .isEqualTo(CURRENT.trust().holdAboveRejectionRate());
        assertThat(read.brandNames()).containsExactly("Tribune", "Daily Example");
        assertThat(read.failClosed().get(RuleId.SPAM)).isFalse();
        assertThat(read.failClosed().get(RuleId.HATE)).isTrue();
        assertThat(read.language()).isEqualTo("en");
    }

    @Test
    void aBillionLaughsIsRefusedAtItsFirstAlias() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append(",*")
                    .append(p)
                    .append("]\n");
        }

        EditionSettings read = read(bomb.toString());

        assertThat(onlyProblem())
                .isEqualTo(new PolicyDraft.Problem("moderation.policy.advanced.error.alias", List.of("1")));
        assertThat(read).isSameAs(CURRENT);
    }

    @Test
    void aRecursiveAnchorIsRefused() {
        read("brandNames: &names\n  - Tribune\n  - *names\n");

        assertThat(onlyProblem().key()).isEqualTo("moderation.policy.advanced.error.alias");
    }

    @Test
    void aJavaTypeTagIsRefusedAndNothingIsConstructed() {
        read("""
                language: en
                brandNames: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """);

        assertThat(onlyProblem())
                .isEqualTo(new PolicyDraft.Problem("moderation.policy.advanced.error.tag", List.of("2")));
    }

    @Test
    void aLocalTagOrAnExplicitStandardTagIsRefusedToo() {
        read("language: !custom en\n");
        read("language: !!str en\n");

        assertThat(problems)
                .extracting(PolicyDraft.Problem::key)
                .containsExactly("moderation.policy.advanced.error.tag", "moderation.policy.advanced.error.tag");
    }

    @Test
    void fiveMegabytesAreRefusedBeforeReading() {
        read("brandNames: [" + "x".repeat(5 * 1024 * 1024) + "]");

        assertThat(onlyProblem().key()).isEqualTo("moderation.policy.advanced.error.tooLong");
    }

    @Test
    void malformedYamlNamesItsLine() {
        read("language: en\ntrust:\n  premoderateFirst: [3\nbrandNames: x\n");

        assertThat(onlyProblem().key()).isEqualTo("moderation.policy.advanced.error.malformed");
        assertThat(onlyProblem().args().getFirst()).matches("[3-5]");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        read("language: en\nlanguage: ru\n");

        assertThat(onlyProblem())
                .isEqualTo(new PolicyDraft.Problem(
                        "moderation.policy.advanced.error.duplicate", List.of("2", "language")));
    }

    @Test
    void unknownKeysAreNamedWithTheirLines() {
        read("language: en\nscript: rm -rf /\ntrust:\n  premoderateFirst: 1\n  sudo: true\n");

        assertThat(problems)
                .extracting(
                        p -> p.key() + " " + p.args().get(0) + " " + p.args().get(1))
                .containsExactly(
                        "moderation.policy.advanced.error.unknownKey 2 script",
                        "moderation.policy.advanced.error.unknownKey 5 sudo");
    }

    @Test
    void wrongTypesAreRefusedWithTheirLines() {
        read("""
                language: 5
                brandNames: Tribune
                trust:
                  premoderateFirst: lots
                  holdAboveRejectionRate: .nan
                  minRecentForRate: 2.5
                failClosed:
                  spam: maybe
                encoder: shipped
                """);

        assertThat(problems)
                .extracting(p -> p.key().substring("moderation.policy.advanced.error.".length()) + " "
                        + p.args().getFirst())
                .containsExactly(
                        "type.str 1", "list 2", "type.int 4", "range 5", "type.int 6", "type.bool 8", "mapping 9");
    }

    @Test
    void outOfRangeValuesAreRefused() {
        read("trust:\n  premoderateFirst: -1\n  holdAboveRejectionRate: 1.5\n  minRecentForRate: 0x7fffffff\n");

        assertThat(problems).extracting(p -> p.args().getFirst()).containsExactly("2", "3", "4");
        assertThat(problems).allMatch(p -> p.key().endsWith(".range"));
    }

    @Test
    void markupAndSqlLookingValuesAreRefused() {
        read("""
                brandNames: ["<script>alert(1)</script>"]
                ownDomains: ["x'; drop table policy_version; --"]
                language: "en'; delete from comment; --"
                """);

        assertThat(problems)
                .extracting(PolicyDraft.Problem::key)
                .containsExactly(
                        "moderation.policy.advanced.error.name",
                        "moderation.policy.advanced.error.domain",
                        "moderation.policy.advanced.error.language");
    }

    @Test
    void anEncoderFolderTypedInTheBrowserIsRefused() {
        read("encoder:\n  model: /etc\n");

        assertThat(onlyProblem())
                .isEqualTo(new PolicyDraft.Problem("moderation.policy.advanced.error.model", List.of("2")));
    }

    @Test
    void theEditionLanguageMustBeAccepted() {
        read("language: ru\nacceptedLanguages: [en]\n");

        assertThat(onlyProblem().key()).isEqualTo("moderation.policy.advanced.error.languageNotAccepted");
    }

    @Test
    void aSecondDocumentOrDeepNestingIsRefused() {
        read("language: en\n---\nlanguage: ru\n");
        read("trust: {a: {b: {c: {d: [1]}}}}\n");

        assertThat(problems)
                .extracting(PolicyDraft.Problem::key)
                .containsExactly(
                        "moderation.policy.advanced.error.documents", "moderation.policy.advanced.error.nesting");
    }

    @Test
    void malformedUnicodeIsRefusedWithoutAServerError() {
        read("brandNames: [\"\uD800broken\"]\n");
        read("brandNames: [\"a\u202Eb\u0000\"]\n");

        assertThat(problems).isNotEmpty();
        assertThat(problems).allMatch(p -> p.key().startsWith("moderation.policy.advanced.error."));
    }
}
