package io.tribune.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyBookTests {

    @Test
    void builtInPolicyCoversEveryEditionLanguageAndRule() {
        PolicyBook book = PolicyBook.defaults();
        assertThat(book.editions()).contains("en", "ru", "es", "de", "fr", "ar");
        for (String edition : book.editions()) {
            assertThat(book.policyFor(edition).rules()).containsOnlyKeys(RuleId.values());
        }
    }

    @Test
    void overridesMergeKeyByKey() {
        PolicyBook book = withOverrides("editions:\n  en:\n    rules:\n      spam: { action: hold }\n");
        RulePolicy spam = book.policyFor("en").rule(RuleId.SPAM);
        assertThat(spam.action()).isEqualTo(Action.HOLD);
        assertThat(spam.threshold()).isEqualTo(0.7);
        assertThat(book.policyFor("ru").rule(RuleId.SPAM).action()).isEqualTo(Action.REJECT);
    }

    @Test
    void laterDocumentsWinKeyByKeyAndErrorsNameTheirDocument() {
        PolicyBook book = PolicyBook.withOverrides(List.of(
                new PolicyBook.Document("operator", "editions:\n  en:\n    rules:\n      spam: { action: hold }\n"),
                new PolicyBook.Document(
                        "saved", "{\"editions\": {\"en\": {\"rules\": {\"spam\": {\"threshold\": 0.8}}}}}"),
                new PolicyBook.Document("version", "version: v9")));
        RulePolicy spam = book.policyFor("en").rule(RuleId.SPAM);
        assertThat(spam.action()).isEqualTo(Action.HOLD);
        assertThat(spam.threshold()).isEqualTo(0.8);
        assertThat(book.version()).isEqualTo("v9");
        assertThatThrownBy(() ->
                        PolicyBook.withOverrides(List.of(new PolicyBook.Document("saved policy of en", "- a list"))))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("saved policy of en");
    }

    @Test
    void unknownRuleIdIsRefusedWithItsName() {
        assertThatThrownBy(() -> withOverrides("defaults:\n  rules:\n    rudeness: { action: hold }\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("unknown rule id 'rudeness'");
    }

    @Test
    void thresholdOutsideUnitIntervalIsRefused() {
        assertThatThrownBy(() -> withOverrides("defaults:\n  rules:\n    hate: { threshold: 1.5 }\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    void badActionIsRefused() {
        assertThatThrownBy(() -> withOverrides("defaults:\n  rules:\n    hate: { action: shout }\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'shout'");
    }

    @Test
    void unknownEditionIsNamed() {
        assertThatThrownBy(() -> PolicyBook.defaults().policyFor("xx"))
                .isInstanceOf(UnknownEdition.class)
                .hasMessageContaining("xx");
    }

    private static PolicyBook withOverrides(String yaml) {
        return PolicyBook.withOverrides(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
