package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Articles written in the newsroom get readable addresses in every edition language, kept once published. */
class NewsroomSlugTests extends NewsroomWebTest {

    @Test
    void cyrillicAndArabicHeadlinesGiveReadableAddresses() {
        long russian = create(editor("ru"), "ru", inSection("ru", "Жители Хабаровска ждут мост"));
        long arabic = create(editor("ar"), "ar", inSection("ar", "مجلس المدينة يصوت"));

        assertThat(slug(russian)).isEqualTo("zhiteli-khabarovska-zhdut-most");
        assertThat(slug(arabic)).isEqualTo("mjls-almdyna-yswt");
    }

    @Test
    void aHeadlineWithNothingReadableFallsBackToTheArticlesCode() {
        long id = create(editor("en"), "en", article("🔥🔥🔥 \u200F"));

        assertThat(slug(id)).matches("article-[a-z0-9]+");
    }

    @Test
    void aPublishedArticleKeepsItsAddressWhenTheHeadlineChanges() {
        Browser editor = editor("ru");
        long id = create(editor, "ru", inSection("ru", "Первый заголовок"));
        act(editor, "ru", id, Map.of("action", "publish"));
        String before = path(id);

        act(editor, "ru", id, Map.of("headline", "Совсем другой заголовок", "action", "save"));

        assertThat(slug(id)).isEqualTo("pervyi-zagolovok");
        assertThat(path(id)).isEqualTo(before);
        assertThat(new Browser(port).get(before).statusCode()).isEqualTo(200);
    }

    private Map<String, String> inSection(String edition, String headline) {
        Map<String, String> fields = article(headline);
        fields.put(
                "section",
                jdbc.sql("select slug from section where edition = :e order by position limit 1")
                        .param("e", edition)
                        .query(String.class)
                        .single());
        return fields;
    }

    private String slug(long id) {
        return jdbc.sql("select slug from article where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
