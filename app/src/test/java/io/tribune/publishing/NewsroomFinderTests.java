package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The newsroom's chooser for READ MORE links and related picks looks in the search index: an editor
 * finds a published article by a word of its lead or body, begun or whole, in the edition's language;
 * drafts and other editions' articles are never offered, and no query breaks it.
 */
class NewsroomFinderTests extends NewsroomWebTest {

    @Test
    void anEditorFindsAnArticleByAWordOfItsBodyOrLead() {
        Browser editor = editor("en");
        Map<String, String> fields = article("Quiet week at the observatory");
        fields.put("lead", "Astronomers spent the nights cataloguing comets.");
        fields.put("body", "The kitchen served apricot marmalade to the night shift.");
        fields.put("action", "publish");
        long id = create(editor, "en", fields);
        String slug = path(id).substring(path(id).lastIndexOf('/') + 1);

        for (String words : List.of("marmalade", "Marmal", "apricot marmalade", "comet", "cataloguing comets")) {
            assertThat(found(editor, "en", words)).as(words).contains("data-found=\"" + slug + "\"");
        }
        assertThat(found(editor, "en", "observatory"))
                .as("the headline still counts")
                .contains(slug);
        assertThat(found(editor("ru"), "ru", "marmalade")).as("another edition").doesNotContain(slug);
    }

    @Test
    void wordsAreMatchedAsTheEditionsLanguageWritesThem() {
        Browser editor = editor("es");
        Map<String, String> fields = article("Una tarde en la plaza");
        fields.put("section", firstSection("es"));
        fields.put("body", "Los niños cantaban villancicos junto a la fuente.");
        fields.put("action", "publish");
        long id = create(editor, "es", fields);
        String slug = path(id).substring(path(id).lastIndexOf('/') + 1);

        assertThat(found(editor, "es", "villancico")).contains(slug);
        assertThat(found(editor, "es", "fuentes")).contains(slug);
    }

    @Test
    void draftsAreNeverOffered() {
        Browser editor = editor("en");
        Map<String, String> fields = article("A draft about quinces");
        fields.put("body", "Nobody has read about the quinceharvest yet.");
        create(editor, "en", fields);

        assertThat(found(editor, "en", "quinceharvest")).doesNotContain("data-found=");
    }

    @Test
    void anyQueryIsAnsweredWithAListNeverAnError() {
        Browser editor = editor("en");
        for (String words : List.of(
                "",
                "*",
                "\"unbalanced",
                "AND OR NOT",
                "title:(x",
                "' or 1=1; drop table article; --",
                "<script>alert(1)</script>",
                "\u202Emarmalade",
                "x".repeat(1_000))) {
            HttpResponse<String> answer =
                    editor.get("/en/newsroom/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(words).isEqualTo(200);
            assertThat(answer.body())
                    .as(words)
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("Exception");
        }
    }

    private String found(Browser editor, String edition, String words) {
        HttpResponse<String> answer =
                editor.get("/" + edition + "/newsroom/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(words).isEqualTo(200);
        return answer.body();
    }
}
