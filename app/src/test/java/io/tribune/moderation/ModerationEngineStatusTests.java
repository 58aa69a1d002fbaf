package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's status page: per edition, the sentence encoder or why the lexical engine works alone, and
 * the learned classifier's precision and recall on the latest decisions; admins only.
 */
class ModerationEngineStatusTests extends ModerationWebTest {

    @Autowired
    ModerationQueue queue;

    @Autowired
    LearningFromModerators learning;

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
    void anAdministratorSeesHowWellTheLearnedClassifierForesawTheLatestDecisions() {
        AccountId author = reader("Quality Author", "en");
        AccountId moderator = moderator("Quality Moderator", "en");
        long article = article("en");
        long id = comment(article, "en", author, "PUBLISHED", null, "Buy cheap watches at my shop today", "{}");
        assertThat(queue.reject(moderator, "en", id, "PUBLISHED", "spam", null).isDone())
                .isTrue();
        learning.catchUp();
        Browser admin = signedIn(admin("Quality Admin"));

        HttpResponse<String> page = admin.get("/en/moderation/engine");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Learning from moderators")
                .contains("<code>en</code></h3>")
                .containsPattern("<tr data-rule=\"spam\">\\s*<th scope=\"row\"><code>spam</code></th>\\s*<td>[1-9]")
                .contains("Any rule (rejected or approved)");
        assertThat(admin.get("/ru/moderation/engine").body()).contains("Обучение на решениях модераторов");
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

    @Test
    void aStrangerIsSentToLogIn() {
        HttpResponse<String> answer = new Browser(port).get("/en/moderation/engine");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/en/account/login");
    }
}
