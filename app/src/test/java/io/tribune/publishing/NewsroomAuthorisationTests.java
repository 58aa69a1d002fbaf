package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reaches the newsroom, tried with direct requests rather than hidden buttons: an editor only their
 * own edition's, an administrator every one, a reader or a moderator nothing (404, as if it did not
 * exist), a stranger the log-in page.
 */
class NewsroomAuthorisationTests extends NewsroomWebTest {

    @Autowired
    Accounts accounts;

    private static final List<String> PAGES = List.of(
            "/en/newsroom", "/en/newsroom/articles/new", "/en/newsroom/search?q=harbour", "/en/newsroom/tags?tags=we");

    @Test
    void anEditorOfAnotherEditionGetsNotFoundAndChangesNothing() {
        long english = create(editor("en"), "en", article("An English draft"));
        Browser russian = editor("ru");
        String page = russian.get("/ru/newsroom/articles/new").body();
        long articles = count("article");

        for (String path : PAGES) {
            assertThat(russian.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(russian.get("/en/newsroom/articles/" + english).statusCode()).isEqualTo(404);
        assertThat(russian.get("/en/newsroom/articles/" + english + "/preview").statusCode())
                .isEqualTo(404);
        // the English article through the Russian newsroom is not found either
        assertThat(russian.get("/ru/newsroom/articles/" + english).statusCode()).isEqualTo(404);
        Map<String, String> publish = article("Taken over");
        publish.put("action", "publish");
        assertThat(russian.post("/en/newsroom/articles/" + english, page, publish)
                        .statusCode())
                .isEqualTo(404);
        assertThat(russian.post("/ru/newsroom/articles/" + english, page, publish)
                        .statusCode())
                .isEqualTo(404);
        assertThat(russian.post("/en/newsroom/articles", page, publish).statusCode())
                .isEqualTo(404);
        assertThat(russian.post("/en/newsroom/render", page, Map.of("body", "x"))
                        .statusCode())
                .isEqualTo(404);

        assertThat(state(english)).isEqualTo("DRAFT");
        assertThat(count("article")).isEqualTo(articles);
        assertThat(russian.get("/ru/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void aReaderAndAModeratorGetNotFoundOnEveryPageAndAction() {
        long draft = create(editor("en"), "en", article("A draft no reader may see"));
        for (Browser someone : List.of(
                staff.signedIn(staff.reader("Curious Reader", "en")),
                staff.signedIn(staff.withRole("A Moderator", "MODERATOR", "en")))) {
            String anyPage = someone.get("/en/account").body();
            for (String path : PAGES) {
                assertThat(someone.get(path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(someone.get("/en/newsroom/articles/" + draft + "/preview")
                            .statusCode())
                    .isEqualTo(404);
            Map<String, String> publish = article("Published by a reader");
            publish.put("action", "publish");
            assertThat(someone.post("/en/newsroom/articles/" + draft, anyPage, publish)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(someone.post("/en/newsroom/articles", anyPage, publish).statusCode())
                    .isEqualTo(404);
        }
        assertThat(state(draft)).isEqualTo("DRAFT");
    }

    /**
     * The desk is guarded by the path it is reached through: a reader who writes the edition's segment
     * encoded, with a trailing or a doubled slash, finds no newsroom either, and changes nothing.
     */
    @Test
    void aReaderFindsNoNewsroomThroughAnOddlyWrittenPath() {
        long draft = create(editor("en"), "en", article("A draft behind odd paths"));
        Browser reader = staff.signedIn(staff.reader("Path Trickster", "en"));
        String anyPage = reader.get("/en/account").body();
        for (String path : List.of(
                "/%65n/newsroom",
                "/%65n/newsroom/articles/new",
                "/%65n/newsroom/articles/" + draft,
                "/%65n/newsroom/galleries",
                "/en/newsroom/",
                "/en//newsroom",
                "/en/newsroom/galleries/",
                "/en/newsroom//articles/new")) {
            assertThat(reader.get(path).statusCode()).as(path).isIn(400, 404);
        }
        Map<String, String> publish = article("Published through an odd path");
        publish.put("action", "publish");
        assertThat(reader.post("/%65n/newsroom/articles/" + draft, anyPage, publish)
                        .statusCode())
                .isIn(400, 404);
        assertThat(reader.post("/%65n/newsroom/galleries", anyPage, Map.of("title", "Odd"))
                        .statusCode())
                .isIn(400, 404);
        assertThat(state(draft)).isEqualTo("DRAFT");
        assertThat(count("gallery where title = 'Odd'")).isZero();
    }

    @Test
    void aStrangerIsSentToLogInAndCannotPost() {
        Browser stranger = new Browser(port);

        for (String path : PAGES) {
            HttpResponse<String> answer = stranger.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/en/account/login");
        }
        long articles = count("article");
        HttpResponse<String> forged = stranger.postRaw("/en/newsroom/articles", Browser.encode(article("Forged")));
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(count("article")).isEqualTo(articles);
    }

    @Test
    void anAdministratorWorksInEveryEdition() {
        Browser admin = staff.signedIn(staff.withRole("The Admin", "ADMIN", null));

        assertThat(admin.get("/en/newsroom").statusCode()).isEqualTo(200);
        assertThat(admin.get("/ar/newsroom/articles/new").statusCode()).isEqualTo(200);
        assertThat(state(create(admin, "es", article("Un borrador")))).isEqualTo("DRAFT");
    }

    @Test
    void theDemoEditorOfEachEditionMayWorkInItsNewsroomOnly() {
        for (String edition : List.of("en", "ru", "es", "ar")) {
            long demo = jdbc.sql("select id from account where email = :email")
                    .param("email", "editor-" + edition + "@tribune.localhost")
                    .query(Long.class)
                    .single();
            assertThat(accounts.isStaffOf(new AccountId(demo), Role.EDITOR, edition))
                    .as(edition)
                    .isTrue();
            assertThat(accounts.isStaffOf(new AccountId(demo), Role.EDITOR, edition.equals("en") ? "ru" : "en"))
                    .as(edition)
                    .isFalse();
        }
    }

    @Test
    void aRevokedEditorLosesTheNewsroomAtOnce() {
        long id = staff.withRole("Soon Former Editor", "EDITOR", "en");
        Browser editor = staff.signedIn(id);
        assertThat(editor.get("/en/newsroom").statusCode()).isEqualTo(200);

        jdbc.sql("delete from account_role where account_id = :id")
                .param("id", id)
                .update();

        assertThat(editor.get("/en/newsroom").statusCode()).isEqualTo(404);
    }
}
