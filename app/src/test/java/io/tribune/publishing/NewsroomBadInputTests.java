package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.media.TestPictures;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input to the newsroom: each answered with a clear message in the edition's
 * language and a 4xx status, with nothing stored; and markup in an article's text never obeyed.
 */
class NewsroomBadInputTests extends NewsroomWebTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void rawHtmlAndScriptLinksInTheBodyAreNeutralised() {
        Browser editor = editor("en");
        Map<String, String> fields = article("Markup that must not run");
        fields.put(
                "body",
                "<script>alert('body')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                        + "[click me](javascript:alert(document.cookie)) and [data](data:text/html;base64,PHNjcmlwdD4=)"
                        + " and [fine](https://example.org/ok) and <a href=\"javascript:alert(2)\">raw link</a>\n\n"
                        + "<iframe src=\"https://evil.example\"></iframe> ![tracker](https://evil.example/pixel.gif)");
        long id = create(editor, "en", fields);
        act(editor, "en", id, Map.of("action", "publish", "body", fields.get("body")));

        String page = new SiteClient(port).get(path(id)).body();
        String body =
                page.substring(page.indexOf("<div class=\"article__body\">"), page.indexOf("<nav class=\"share\""));
        assertThat(body).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<iframe");
        // what is left of them is text: "&lt;a href=..." is shown, not obeyed
        assertThat(body).doesNotContainIgnoringCase("<a href=\"javascript").doesNotContain("<a href=\"data:");
        assertThat(body).doesNotContain("<img");
        assertThat(body).doesNotContain("evil.example/pixel.gif\"");
        assertThat(body).contains("href=\"https://example.org/ok\"").contains("&lt;script&gt;");
        String preview = editor.post(
                        "/en/newsroom/render",
                        editor.get("/en/newsroom/articles/new").body(),
                        Map.of("body", "[x](javascript:alert(1)) <b onclick=\"x()\">b</b>"))
                .body();
        assertThat(preview).doesNotContain("javascript:").doesNotContain("<b onclick");
    }

    @Test
    void hugeEmptyAndMalformedFieldsAreRefusedInTheEditionsLanguage() {
        Browser editor = editor("ru");
        String form = editor.get("/ru/newsroom/articles/new").body();
        long articles = count("article");

        Map<String, String> huge = article("З".repeat(301));
        huge.put("section", "world");
        Map<String, String> hugeBody = article("Нормальный заголовок");
        hugeBody.put("body", "x".repeat(200_001));
        Map<String, String> emptyPublish = article("");
        emptyPublish.put("lead", "");
        emptyPublish.put("body", "");
        emptyPublish.put("action", "publish");
        Map<String, String> control = article("Заголовок\u0000со\u0007звонком");
        Map<String, String> forgedAction = article("Заголовок");
        forgedAction.put("action", "delete-everything");
        Map<String, String> forgedVersion = article("Заголовок");
        forgedVersion.put("version", "'; drop table article; --");
        Map<String, String> badSection = article("Заголовок");
        badSection.put("section", "no-such-section");
        Map<String, String> badSlug = article("Заголовок");
        badSlug.put("slug", "../../etc/passwd");

        for (Map<String, String> fields :
                new Map[] {huge, hugeBody, emptyPublish, control, forgedAction, forgedVersion, badSection, badSlug}) {
            HttpResponse<String> answer = editor.post("/ru/newsroom/articles", form, fields);
            assertThat(answer.statusCode())
                    .as(fields.toString().substring(0, 60))
                    .isEqualTo(422);
            assertThat(answer.body()).contains("Ничего не сохранено").doesNotContain("Exception");
        }
        assertThat(count("article")).isEqualTo(articles);
        assertThat(editor.post("/ru/newsroom/articles", form, badSection).body())
                .contains("Выберите одну из рубрик");
    }

    @Test
    void malformedUtf8IsRefusedNotStored() {
        Browser editor = editor("en");
        String form = editor.get("/en/newsroom/articles/new").body();
        String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        long articles = count("article");

        byte[] body = ("_csrf=" + token + "&headline=Broken%ED%A0%80half&lead=l&body=b&section=world&version=0"
                        + "&action=save&zone=UTC")
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> answer = editor.postBytes("/en/newsroom/articles", body);

        // Tomcat refuses the undecodable parameters before any handler: the localised 400 page
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(count("article")).isEqualTo(articles);
    }

    @Test
    void sqlLookingTextIsStoredAsText() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("Robert'); DROP TABLE article;-- wins the prize"));

        assertThat(jdbc.sql("select title from article where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Robert'); DROP TABLE article;-- wins the prize");
    }

    @Test
    void schedulingInThePastOrInAnUnknownZoneIsRefused() {
        Browser editor = editor("es");
        long id = create(editor, "es", article("Borrador programado"));
        String past = LOCAL.format(LocalDateTime.now(ZoneId.of("Europe/Madrid")).minusHours(1));
        String future =
                LOCAL.format(LocalDateTime.now(ZoneId.of("Europe/Madrid")).plusDays(1));

        HttpResponse<String> inThePast =
                act(editor, "es", id, Map.of("action", "schedule", "publishAt", past, "zone", "Europe/Madrid"));
        HttpResponse<String> unknownZone =
                act(editor, "es", id, Map.of("action", "schedule", "publishAt", future, "zone", "Mars/Olympus_Mons"));
        HttpResponse<String> notATime =
                act(editor, "es", id, Map.of("action", "schedule", "publishAt", "2026-13-45T25:61", "zone", "UTC"));
        HttpResponse<String> hugeZone =
                act(editor, "es", id, Map.of("action", "schedule", "publishAt", future, "zone", "Z".repeat(10_000)));

        assertThat(inThePast.statusCode()).isEqualTo(422);
        assertThat(inThePast.body()).contains("La hora de publicación debe estar en el futuro");
        assertThat(unknownZone.statusCode()).isEqualTo(422);
        assertThat(unknownZone.body()).contains("Esa zona horaria no existe");
        assertThat(notATime.statusCode()).isEqualTo(422);
        assertThat(notATime.body()).contains("Indique la fecha y la hora");
        assertThat(hugeZone.statusCode()).isEqualTo(422);
        assertThat(state(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from article where id = :id and publish_at is not null")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void leadPicturesAreCheckedByContentAndStoredUnderTheirIdWhateverTheirName() throws Exception {
        Browser editor = editor("en");
        String form = editor.get("/en/newsroom/articles/new").body();
        Map<String, String> fields = article("With a picture");
        fields.put("imageCaption", "Rescuers at the harbour");
        fields.put("imageCredit", "© Agency / Photographer");
        long images = count("image");
        long articles = count("article");

        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"600\">"
                        + "<script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> script =
                multipart(editor, "/en/newsroom/articles", form, fields, "image", "photo.jpg", svg);
        HttpResponse<String> text = multipart(
                editor, "/en/newsroom/articles", form, fields, "image", "photo.jpg", "not a picture".getBytes());
        HttpResponse<String> truncated = multipart(
                editor,
                "/en/newsroom/articles",
                form,
                fields,
                "image",
                "photo.jpg",
                TestPictures.truncated(TestPictures.jpeg(1600, 900)));
        HttpResponse<String> bomb = multipart(
                editor, "/en/newsroom/articles", form, fields, "image", "photo.png", TestPictures.pngBomb(60_000));

        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).contains("Only JPEG, PNG and WebP pictures are accepted");
        assertThat(text.body()).contains("That file is not a picture");
        assertThat(truncated.body()).contains("The picture is damaged or incomplete");
        assertThat(bomb.body()).contains("more than 50 megapixels");
        assertThat(count("image")).isEqualTo(images);
        assertThat(count("article")).isEqualTo(articles);

        Path root = Path.of("target/test-media-newsroom").toAbsolutePath();
        HttpResponse<String> traversal = multipart(
                editor,
                "/en/newsroom/articles",
                form,
                fields,
                "image",
                "../../../../tmp/evil.jpg",
                TestPictures.jpeg(1600, 900));
        assertThat(traversal.statusCode()).isEqualTo(303);
        long id = Long.parseLong(
                traversal.headers().firstValue("Location").orElseThrow().replaceAll(".*/articles/([0-9]+).*", "$1"));
        long image = jdbc.sql("select image_id from article where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(Files.isRegularFile(root.resolve(image + "/1440.jpg"))).isTrue();
        assertThat(Files.exists(Path.of("/tmp/evil.jpg"))).isFalse();
        assertThat(Files.exists(root.getParent().resolve("evil.jpg"))).isFalse();
    }

    @Test
    void aPictureForTheBodyAnswersTheLineThatPlacesIt() {
        Browser editor = editor("en");
        String form = editor.get("/en/newsroom/articles/new").body();

        HttpResponse<String> stored = multipart(
                editor,
                "/en/newsroom/images",
                form,
                Map.of("caption", "Cranes", "credit", "© Agency"),
                "file",
                "cranes.jpg",
                TestPictures.jpeg(1200, 800));
        HttpResponse<String> refused = multipart(
                editor,
                "/en/newsroom/images",
                form,
                Map.of("caption", "", "credit", "© Agency"),
                "file",
                "cranes.jpg",
                TestPictures.jpeg(1200, 800));

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).containsPattern("::picture [0-9]+");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The picture needs a caption");
    }
}
