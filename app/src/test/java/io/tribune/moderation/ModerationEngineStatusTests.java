package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The engine's status page: per edition, the sentence encoder or why the lexical engine works alone; admins only. */
class ModerationEngineStatusTests extends ModerationWebTest {

    @Test
    void anAdministratorSeesWhichEditionsTheEncoderScreens() {
        Browser admin = signedIn(admin("Engine Admin"));

        HttpResponse<String> page = admin.get("/en/moderation/engine");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Moderation engine")
                .containsPattern("<code>en</code></td>\\s*<td>semantic heads on all-MiniLM-L6-v2-q")
                .containsPattern("<code>ru</code></td>\\s*<td>lexical engine alone: the sentence encoder"
                        + " all-MiniLM-L6-v2-q covers \\[en\\], not ru");
    }

    @Test
    void aModeratorOrAReaderIsAnsweredAsIfThePageDidNotExist() {
        assertThat(signedIn(moderator("Engine Moderator", "en"))
                        .get("/en/moderation/engine")
                        .statusCode())
                .isEqualTo(404);
        assertThat(signedIn(reader("Engine Reader", "en"))
                        .get("/en/moderation/engine")
                        .statusCode())
                .isEqualTo(404);
    }
}
