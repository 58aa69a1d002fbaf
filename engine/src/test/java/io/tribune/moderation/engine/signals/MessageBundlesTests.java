package io.tribune.moderation.engine.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Messages;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"es", "de", "fr", "ar"})
    void bundleHasExactlyTheEnglishKeys(String language) throws IOException {
        assertThat(load(language).stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de", "fr", "ar"})
    void rejectionNamesTheRuleInTheEditionsLanguage(String language) throws IOException {
        Messages messages = new Messages();
        RuleHit hit = new RuleHit(RuleId.PRIVACY, 0.9, io.tribune.moderation.engine.Action.REJECT, List.of());
        String message = messages.forDecision(Verdict.REJECT, hit, true, language);
        assertThat(message).contains(load(language).getProperty("rule.privacy")).doesNotContain("{0}");
        assertThat(message).isNotEqualTo(messages.forDecision(Verdict.REJECT, hit, true, "en"));
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
