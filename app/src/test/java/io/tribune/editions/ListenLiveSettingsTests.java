package io.tribune.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListenLiveSettingsTests {

    @Test
    void aStreamIsAnHttpAddressOrAPathOfThisSiteWithAName() {
        EditionSettings settings = new EditionSettings(
                "en",
                Map.of(
                        "en", new ListenLive(" https://radio.example.org/live.mp3 ", "Tribune Radio", null),
                        "ru", new ListenLive("/streams/ru.ogg", "Радио", "Круглосуточно")));

        assertThat(settings.listenLive().get("en").url()).isEqualTo("https://radio.example.org/live.mp3");
        assertThat(settings.listenLive().get("en").schedule()).isEmpty();
        assertThat(new EditionSettings("en", null).listenLive()).isEmpty();
    }

    @Test
    void aStreamThatCannotPlayStopsTheStartNamingTheSetting() {
        for (String url : new String[] {
            "javascript:alert(1)",
            "data:audio/wav;base64,AAAA",
            "//evil.example/x",
            "ftp://radio.example.org/live",
            "http://",
            "not an address at all"
        }) {
            assertThatThrownBy(() -> new EditionSettings("en", Map.of("es", new ListenLive(url, "Radio", ""))))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tribune.listen-live.es.url");
        }
        assertThatThrownBy(() -> new EditionSettings("en", Map.of("es", new ListenLive("/live.ogg", " ", ""))))
                .hasMessageContaining("tribune.listen-live.es.name");
    }

    @Test
    void anEditionWithoutAStreamHasNoPlayer() {
        assertThat(new ListenLive("", "Radio", "").isConfigured()).isFalse();
        assertThat(new ListenLive(null, null, null).isConfigured()).isFalse();
    }
}
