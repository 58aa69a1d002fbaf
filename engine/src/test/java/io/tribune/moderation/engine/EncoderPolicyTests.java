package io.tribune.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code encoder} setting of an edition: shipped by default, none, a folder, or a mapping with languages. */
class EncoderPolicyTests {

    private static PolicyBook policy(String yaml) {
        return PolicyBook.withOverrides(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void everyEditionUsesTheShippedEncoderByDefault() {
        assertThat(PolicyBook.defaults().policyFor("en").encoder()).isEqualTo(EncoderChoice.SHIPPED);
        assertThat(PolicyBook.defaults().policyFor("ar").encoder().isShipped()).isTrue();
    }

    @Test
    void anEditionChoosesNoneOrAFolderWithItsLanguages() {
        PolicyBook book = policy("""
                defaults: { encoder: none }
                editions:
                  de: { language: de, encoder: { model: models/e5, languages: [DE, fr] } }
                  fr: { language: fr, encoder: /srv/models/minilm }
                """);
        assertThat(book.policyFor("en").encoder().isNone()).isTrue();
        assertThat(book.policyFor("de").encoder()).isEqualTo(new EncoderChoice("models/e5", List.of("de", "fr")));
        assertThat(book.policyFor("fr").encoder()).isEqualTo(new EncoderChoice("/srv/models/minilm", List.of()));
    }

    @Test
    void aMistypedSettingIsNamed() {
        assertThatThrownBy(() -> policy("editions:\n  de: { language: de, encoder: { folder: x } }\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("editions.de.encoder")
                .hasMessageContaining("folder");
        assertThatThrownBy(() -> policy("editions:\n  de: { language: de, encoder: { model: x, languages: de } }\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("languages");
    }
}
