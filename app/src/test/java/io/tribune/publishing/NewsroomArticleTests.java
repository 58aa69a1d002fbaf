package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article's way from draft to readers and back, through the newsroom's form. */
class NewsroomArticleTests extends NewsroomWebTest {

    @Test
    void aDraftIsSeenByEditorsInPreviewButNotByReaders() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("Harbour cranes stand still after the storm"));
        SiteClient reader = new SiteClient(port);

        assertThat(state(id)).isEqualTo("DRAFT");
        assertThat(reader.get(path(id)).statusCode()).isEqualTo(404);
        assertThat(reader.get("/en/news").body()).doesNotContain("Harbour cranes stand still");
        HttpResponse<String> preview = editor.get("/en/newsroom/articles/" + id + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(preview.body())
                .contains("<h1 class=\"article__title\">Harbour cranes stand still after the storm</h1>")
                .contains("<strong>bold</strong>")
                .contains("Ana Reporter, Ben Writer");
        assertThat(announcements.about(id)).isEmpty();
    }

    @Test
    void publishingShowsTheArticleToReadersAndAnnouncesIt() {
        Browser editor = editor("en");
        Map<String, String> fields = article("Ferry service resumes along the coast");
        fields.put("corrections", "An earlier version misnamed the ferry operator.");
        long id = create(editor, "en", fields);

        HttpResponse<String> published = act(editor, "en", id, Map.of("action", "publish"));

        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(state(id)).isEqualTo("PUBLISHED");
        String page = new SiteClient(port).get(path(id)).body();
        assertThat(page)
                .contains("Ferry service resumes along the coast")
                .contains("<p>First paragraph with <strong>bold</strong> words.</p>")
                .contains("An earlier version misnamed the ferry operator.")
                .contains("/en/tags/harbour-news");
        assertThat(announcements.about(id)).containsExactly(new ArticlePublished(id, "en"));
        assertThat(editor.get("/en/newsroom").body()).contains("Ferry service resumes along the coast");
    }

    @Test
    void anUpdateShowsWhenItWasModifiedAndIsAnnouncedAgain() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("Bridge reopens to traffic"));
        act(editor, "en", id, Map.of("action", "publish"));
        jdbc.sql("update article set published_at = published_at - interval '2' hour,"
                        + " first_published_at = first_published_at - interval '2' hour,"
                        + " modified_at = modified_at - interval '2' hour where id = :id")
                .param("id", id)
                .update();

        HttpResponse<String> updated =
                act(editor, "en", id, Map.of("headline", "Bridge reopens to traffic after repairs", "action", "save"));

        assertThat(updated.statusCode()).isEqualTo(303);
        String page = new SiteClient(port).get(path(id)).body();
        assertThat(page).contains("Bridge reopens to traffic after repairs").contains("article:modified_time");
        assertThat(page).containsPattern("updated <time datetime=");
        assertThat(announcements.about(id)).hasSize(2);
    }

    @Test
    void unpublishingTakesTheArticleOffTheSiteAndAnnouncesIt() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("A story that has to come down"));
        act(editor, "en", id, Map.of("action", "publish"));
        String path = path(id);
        assertThat(new SiteClient(port).get(path).statusCode()).isEqualTo(200);

        HttpResponse<String> withdrawn = act(editor, "en", id, Map.of("action", "unpublish"));

        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(state(id)).isEqualTo("WITHDRAWN");
        assertThat(new SiteClient(port).get(path).statusCode()).isEqualTo(404);
        assertThat(announcements.about(id))
                .containsExactly(new ArticlePublished(id, "en"), new ArticleWithdrawn(id, "en"));

        // published again, it keeps its address and first dateline
        act(editor, "en", id, Map.of("action", "publish"));
        assertThat(new SiteClient(port).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void theSecondOfTwoEditorsIsWarnedAndNothingIsLost() {
        Browser first = editor("en");
        Browser second = editor("en");
        long id = create(first, "en", article("Council votes on the budget"));
        String firstForm = first.get("/en/newsroom/articles/" + id).body();
        String secondForm = second.get("/en/newsroom/articles/" + id).body();
        String opened = version(firstForm);
        assertThat(version(secondForm)).isEqualTo(opened);

        Map<String, String> mine = article("Council approves the budget");
        mine.put("version", opened);
        Map<String, String> theirs = article("Council rejects the budget");
        theirs.put("version", opened);
        theirs.put("body", "The second editor's careful paragraph.");
        HttpResponse<String> firstSave = first.post("/en/newsroom/articles/" + id, firstForm, mine);
        HttpResponse<String> secondSave = second.post("/en/newsroom/articles/" + id, secondForm, theirs);

        assertThat(firstSave.statusCode()).isEqualTo(303);
        assertThat(secondSave.statusCode()).isEqualTo(409);
        assertThat(secondSave.body())
                .contains("Someone else saved this article")
                .contains("Council rejects the budget")
                .contains("The second editor's careful paragraph.");
        assertThat(jdbc.sql("select title from article where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Council approves the budget");
        // having seen the warning, the second editor may save over it deliberately
        theirs.put("version", version(secondSave.body()));
        assertThat(second.post("/en/newsroom/articles/" + id, secondSave.body(), theirs)
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void readMoreLinksRelatedPicksAndTranslationsReachTheArticlePage() {
        Browser editor = editor("en");
        long target = create(editor, "en", article("Port authority names a new director"));
        act(editor, "en", target, Map.of("action", "publish", "story", "port-director"));
        String targetSlug = path(target).substring(path(target).lastIndexOf('/') + 1);
        HttpResponse<String> found = editor.get("/en/newsroom/search?q=new%20director", Map.of("HX-Request", "true"));
        assertThat(found.body()).contains("::read-more " + targetSlug).doesNotContain("<html");

        Map<String, String> fields = article("Shipping companies welcome the port's choice");
        fields.put("body", "Opening paragraph.\n\n::read-more " + targetSlug + "\n\nClosing paragraph.");
        fields.put("related", targetSlug);
        long id = create(editor, "en", fields);
        act(editor, "en", id, Map.of("action", "publish"));

        String page = new SiteClient(port).get(path(id)).body();
        assertThat(page).contains("class=\"readmore\"").contains("href=\"" + path(target) + "\"");
        assertThat(page).contains("id=\"related-heading\"");
        assertThat(editor.get("/en/newsroom/articles/" + target).body()).contains("value=\"port-director\"");
    }

    @Test
    void theLivePreviewAndTagSuggestionsAnswerAsFragments() {
        Browser editor = editor("en");
        String form = editor.get("/en/newsroom/articles/new").body();

        HttpResponse<String> rendered = editor.post("/en/newsroom/render", form, Map.of("body", "Some *emphasis*."));
        HttpResponse<String> tags = editor.get("/en/newsroom/tags?tags=Climate,%20par", Map.of("HX-Request", "true"));

        assertThat(rendered.body().strip()).isEqualTo("<p>Some <em>emphasis</em>.</p>");
        assertThat(tags.statusCode()).isEqualTo(200);
        assertThat(tags.body()).doesNotContain("<html");
    }
}
