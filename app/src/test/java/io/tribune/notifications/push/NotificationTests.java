package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NotificationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aShortNotificationIsSentWhole() {
        var notification = new Notification("Headline", "Lead", "/s/abc", null, "article-1", "en", "ltr");

        JsonNode payload = JSON.readTree(notification.payload());

        assertThat(payload.get("title").asString()).isEqualTo("Headline");
        assertThat(payload.get("body").asString()).isEqualTo("Lead");
        assertThat(payload.has("image")).isFalse();
    }

    @Test
    void aHugeLeadIsShortenedAtACharacterBoundaryUntilTheMessageFits() {
        String lead = "🌍".repeat(50_000);
        var notification = new Notification("Headline", lead, "/s/abc", "/media/1/480.jpg", "article-1", "ar", "rtl");

        String payload = notification.payload();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(PayloadEncryption.MAX_PLAINTEXT);
        String body = JSON.readTree(payload).get("body").asString();
        assertThat(body).endsWith("…").startsWith("🌍");
        assertThat(body.substring(0, body.length() - 1).replace("🌍", "")).isEmpty();
        assertThat(JSON.readTree(payload).get("title").asString()).isEqualTo("Headline");
    }

    @Test
    void aHugeHeadlineIsShortenedOnceTheLeadIsGone() {
        var notification = new Notification("Ж".repeat(10_000), "lead", "/s/abc", null, "article-1", "ru", "ltr");

        String payload = notification.payload();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(PayloadEncryption.MAX_PLAINTEXT);
        assertThat(JSON.readTree(payload).get("title").asString()).endsWith("…").startsWith("ЖЖ");
    }
}
