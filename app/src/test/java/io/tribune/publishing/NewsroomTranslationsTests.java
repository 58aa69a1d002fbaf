package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translation picker: an editor finds the same story's article in another edition by its headline,
 * links it (both article pages then carry the other as an {@code hreflang} alternate) and unlinks it; an
 * article of the same edition, a missing id, a draft's id and malformed ids are refused in the editor's
 * language, and nothing changes.
 */
class NewsroomTranslationsTests extends NewsroomWebTest {

    private static final String SITE = "http://news.tribune.test";

    @Test
    void anEditorFindsLinksAndUnlinksATranslationAndBothPagesFollow() {
        Browser editor = editor("en");
        long english = published(editor, "en", "Glacier retreat measured from orbit");
        long spanish = published(editor("es"), "es", "Medido desde la órbita el retroceso glaciar");
        String englishPage = reader(path(english));
        assertThat(reader(path(english))).as("kept").isEqualTo(englishPage).doesNotContain("hreflang=\"es\"");
        String alternate = "hreflang=\"es\" href=\"" + SITE + path(spanish) + "\"";
        assertThat(reader("/sitemap.xml")).as("kept sitemap").doesNotContain(alternate);

        String found = editor.get(translations(english) + "?in=es&q=retroceso%20glaciar")
                .body();
        assertThat(found).contains("data-candidate=\"" + spanish + "\"");

        HttpResponse<String> linked = link(editor, english, spanish);

        assertThat(linked.statusCode()).isEqualTo(303);
        assertThat(linked.headers().firstValue("Location")).hasValue(translations(english) + "?done=linked");
        assertThat(reader(path(english))).contains("hreflang=\"es\" href=\"" + SITE + path(spanish) + "\"");
        assertThat(reader(path(spanish))).contains("hreflang=\"en\" href=\"" + SITE + path(english) + "\"");
        assertThat(reader("/sitemap.xml")).as("the sitemap follows at once").contains(alternate);
        String form = editor.get("/en/newsroom/articles/" + english).body();
        assertThat(form).contains("data-translation=\"" + spanish + "\"");
        assertThat(editor.get(translations(english) + "?in=es&q=retroceso").body())
                .as("a linked article is no longer offered")
                .doesNotContain("data-candidate=\"" + spanish + "\"");

        HttpResponse<String> unlinked =
                editor.post(translations(english) + "/unlink", form, Map.of("article", Long.toString(spanish)));

        assertThat(unlinked.statusCode()).isEqualTo(303);
        assertThat(reader(path(english))).doesNotContain("hreflang=\"es\"");
        assertThat(reader(path(spanish))).doesNotContain("hreflang=\"en\"");
        assertThat(story(spanish)).isNull();
    }

    @Test
    void linkingThroughHtmxAnswersTheListAndTheStoryKeyThatALaterSaveKeeps() {
        Browser editor = editor("en");
        long english = published(editor, "en", "Night trains return to the Alps");
        long russian = published(editor("ru"), "ru", "Ночные поезда возвращаются в Альпы");
        String form = editor.get("/en/newsroom/articles/" + english).body();

        HttpResponse<String> linked = htmxPost(editor, translations(english), form, Map.of("article", "" + russian));

        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body())
                .contains("data-translation=\"" + russian + "\"")
                .doesNotContain("<html");
        assertThat(linked.body()).contains("id=\"story\"").contains("value=\"" + story(english) + "\"");
        assertThat(story(russian)).isEqualTo(story(english)).isNotNull();
        HttpResponse<String> saved = act(editor, "en", english, Map.of("lead", "A new lead."));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(reader(path(english))).contains("hreflang=\"ru\"");
    }

    @Test
    void aStoryAlreadyLinkedElsewhereJoinsAndAnEditionCannotHaveTwoArticlesOfIt() {
        Browser editor = editor("en");
        long english = published(editor, "en", "Harbour bridge reopens after repairs");
        long spanish = published(editor("es"), "es", "Reabre el puente del puerto");
        long arabic = published(editor("ar"), "ar", "إعادة فتح جسر الميناء");
        long otherSpanish = published(editor("es"), "es", "Otro puente del puerto");
        Browser spanishEditor = editor("es");
        assertThat(link(spanishEditor, "es", spanish, arabic).statusCode()).isEqualTo(303);

        assertThat(link(editor, english, spanish).statusCode()).isEqualTo(303);
        assertThat(story(english)).isEqualTo(story(spanish)).isEqualTo(story(arabic));
        assertThat(reader(path(arabic))).contains("hreflang=\"en\"").contains("hreflang=\"es\"");

        HttpResponse<String> taken = link(editor, english, otherSpanish);
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("An edition would then have two articles of the story");
        assertThat(story(otherSpanish)).isNull();
    }

    @Test
    void theSameEditionAMissingIdADraftAndMalformedIdsAreRefusedAndNothingChanges() {
        Browser editor = editor("en");
        long english = published(editor, "en", "Orchard frost warnings issued");
        long otherEnglish = published(editor, "en", "Orchard growers count the losses");
        long spanishDraft = create(editor("es"), "es", article("Un borrador que nadie más ve"));
        Map<Object, String> refusals = Map.of(
                otherEnglish,
                "That article is of this same edition",
                999_999_999L,
                "There is no published article with that number",
                spanishDraft,
                "There is no published article with that number");
        for (var refusal : refusals.entrySet()) {
            HttpResponse<String> refused = link(editor, english, (long) refusal.getKey());
            assertThat(refused.statusCode()).as(refusal.getValue()).isEqualTo(422);
            assertThat(refused.body()).contains(refusal.getValue());
        }
        for (String forged : List.of(
                "",
                "-1",
                "1e5",
                "0x10",
                "<script>alert(1)</script>",
                "' or 1=1 --",
                "1\u0000",
                "\u202E42",
                "9".repeat(10_000))) {
            String form = editor.get("/en/newsroom/articles/" + english).body();
            HttpResponse<String> refused = editor.post(translations(english), form, Map.of("article", forged));
            assertThat(refused.statusCode()).as(forged).isEqualTo(422);
            assertThat(refused.body()).as(forged).contains("There is no published article with that number");
            assertThat(refused.body()).doesNotContain("<script>alert(1)");
        }
        HttpResponse<String> notLinked = editor.post(
                translations(english) + "/unlink",
                editor.get("/en/newsroom/articles/" + english).body(),
                Map.of("article", Long.toString(spanishDraft)));
        assertThat(notLinked.statusCode()).isEqualTo(422);
        assertThat(story(english)).isNull();
        assertThat(story(otherEnglish)).isNull();
        assertThat(story(spanishDraft)).isNull();
    }

    @Test
    void refusalsAreInTheEditorsLanguage() {
        Browser editor = editor("ru");
        long russian = published(editor, "ru", "Морозы в садах");
        HttpResponse<String> refused = link(editor, "ru", russian, 999_999_999L);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Опубликованной статьи с таким номером нет.");
    }

    @Test
    void onlyTheEditionsEditorsReachThePicker() {
        long english = published(editor("en"), "en", "Wind farm approved offshore");
        long spanish = published(editor("es"), "es", "Aprobado el parque eólico marino");
        for (Browser someone : List.of(
                editor("es"),
                staff.signedIn(staff.reader("Curious Reader", "en")),
                staff.signedIn(staff.withRole("A Moderator", "MODERATOR", "en")))) {
            String anyPage = someone.get("/en/account").body();
            assertThat(someone.get(translations(english) + "?in=es&q=parque").statusCode())
                    .isEqualTo(404);
            assertThat(someone.post(translations(english), anyPage, Map.of("article", Long.toString(spanish)))
                            .statusCode())
                    .isEqualTo(404);
        }
        Browser stranger = new Browser(port);
        assertThat(stranger.get(translations(english)).statusCode()).isEqualTo(302);
        assertThat(stranger.postRaw(translations(english), "article=" + spanish).statusCode())
                .isIn(302, 403);
        assertThat(editor("en")
                        .get("/en/newsroom/articles/999999999/translations")
                        .statusCode())
                .isEqualTo(404);
        assertThat(story(english)).isNull();
        assertThat(story(spanish)).isNull();
    }

    @Test
    void anEditorOfOneEditionIsNeitherOfferedNorAllowedToLinkAnotherEditionsDraft() {
        Browser english = editor("en");
        long article = published(english, "en", "Fog signal stations return to the coast");
        long spanishDraft = create(editor("es"), "es", article("Vuelven las sirenas de niebla a la costa"));

        String found = english.get(translations(article) + "?in=es&q=sirenas").body();
        String form = english.get("/en/newsroom/articles/" + article).body();
        HttpResponse<String> linked = link(english, article, spanishDraft);
        HttpResponse<String> carried = english.post(
                "/en/newsroom/articles/" + article,
                form,
                Map.of("version", version(form), "translation", "link:" + spanishDraft));

        assertThat(found)
                .doesNotContain("data-candidate=\"" + spanishDraft + "\"")
                .doesNotContain("Vuelven las sirenas");
        assertThat(linked.statusCode()).isEqualTo(422);
        assertThat(carried.statusCode()).isEqualTo(422);
        assertThat(linked.body() + carried.body()).doesNotContain("Vuelven las sirenas");
        assertThat(story(article)).isNull();
        assertThat(story(spanishDraft)).isNull();
    }

    @Test
    void anEditorOfBothEditionsLinksADraftThatReadersSeeOnlyOnceItIsPublished() {
        long both = staff.withRole("Editor en es", "EDITOR", "en");
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (:id, 'EDITOR', 'es', now())")
                .param("id", both)
                .update();
        Browser editor = staff.signedIn(both);
        long article = published(editor, "en", "Beekeepers count a record harvest");
        long draft = create(editor, "es", article("Los apicultores cuentan una cosecha récord"));
        String draftPath = path(draft);

        String found =
                editor.get(translations(article) + "?in=es&q=apicultores").body();
        assertThat(found).contains("data-candidate=\"" + draft + "\"");
        assertThat(link(editor, article, draft).statusCode()).isEqualTo(303);
        assertThat(story(draft)).isEqualTo(story(article)).isNotNull();
        assertThat(editor.get("/en/newsroom/articles/" + article).body())
                .contains("data-translation=\"" + draft + "\"")
                .contains("Los apicultores cuentan");

        Browser someone = new Browser(port);
        assertThat(someone.get(draftPath).statusCode()).isEqualTo(404);
        assertThat(reader(path(article))).doesNotContain("hreflang=\"es\"").doesNotContain("apicultores");
        assertThat(reader("/sitemap.xml"))
                .doesNotContain(draftPath)
                .doesNotContain("hreflang=\"es\" href=\"" + SITE + draftPath);
        assertThat(editor("en").get("/en/newsroom/articles/" + article).body())
                .as("an editor of English alone sees that the story has a draft, not its text")
                .contains("data-translation=\"" + draft + "\"")
                .doesNotContain("Los apicultores cuentan");

        assertThat(act(editor, "es", draft, Map.of("action", "publish")).statusCode())
                .isEqualTo(303);

        String alternate = "hreflang=\"es\" href=\"" + SITE + path(draft) + "\"";
        assertThat(reader(path(article))).contains(alternate);
        assertThat(reader(path(draft))).contains("hreflang=\"en\" href=\"" + SITE + path(article) + "\"");
        assertThat(reader("/sitemap.xml")).contains(alternate);
    }

    @Test
    void withoutScriptsLinkingAndUnlinkingFromTheFormKeepsWhatTheEditorTyped() {
        Browser editor = editor("en");
        long article = published(editor, "en", "Ferry timetable changes for winter");
        long spanish = published(editor("es"), "es", "Cambia el horario de invierno del ferry");
        String form = editor.get("/en/newsroom/articles/" + article).body();
        Map<String, String> typed = new java.util.LinkedHashMap<>(article("Ferry timetable <b>changes</b> for winter"));
        typed.put("section", firstSection("en"));
        typed.put("version", version(form));
        typed.put("body", "A paragraph typed but not saved yet.");
        typed.remove("action");

        Map<String, String> search = new java.util.LinkedHashMap<>(typed);
        search.put("translation", "find");
        search.put("in", "es");
        search.put("q", "horario ferry");
        HttpResponse<String> found = editor.post("/en/newsroom/articles/" + article, form, search);
        Map<String, String> linking = new java.util.LinkedHashMap<>(typed);
        linking.put("translation", "link:" + spanish);
        HttpResponse<String> linked = editor.post("/en/newsroom/articles/" + article, form, linking);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("data-candidate=\"" + spanish + "\"")
                .contains("A paragraph typed but not saved yet.")
                .contains("value=\"Ferry timetable &lt;b>changes&lt;/b> for winter\"")
                .doesNotContain("<b>changes");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body())
                .contains("data-translation=\"" + spanish + "\"")
                .contains("A paragraph typed but not saved yet.")
                .contains("name=\"story\" maxlength=\"80\" value=\"" + story(article) + "\"");
        assertThat(story(spanish)).isEqualTo(story(article)).isNotNull();
        assertThat(reader(path(article))).as("nothing typed was published").doesNotContain("typed but not saved");

        Map<String, String> unlinking = new java.util.LinkedHashMap<>(typed);
        unlinking.put("translation", "unlink:" + spanish);
        HttpResponse<String> unlinked = editor.post("/en/newsroom/articles/" + article, linked.body(), unlinking);
        assertThat(unlinked.statusCode()).isEqualTo(200);
        assertThat(unlinked.body())
                .contains("A paragraph typed but not saved yet.")
                .doesNotContain("data-translation=");
        assertThat(story(spanish)).isNull();

        for (String forged :
                List.of("link:", "link:-1", "link:abc", "unlink:1e5", "drop:1", "link:" + "9".repeat(400))) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(typed);
            fields.put("translation", forged);
            HttpResponse<String> refused = editor.post("/en/newsroom/articles/" + article, form, fields);
            assertThat(refused.statusCode()).as(forged).isEqualTo(422);
            assertThat(refused.body()).as(forged).contains("A paragraph typed but not saved yet.");
        }
        assertThat(story(spanish)).isNull();
    }

    @Test
    void aSaveFromAFormOpenedBeforeAnotherEditorLinkedTheStoryKeepsTheLink() {
        Browser english = editor("en");
        long article = published(english, "en", "Tidal power plant opens on the estuary");
        Browser spanishEditor = editor("es");
        long spanish = published(spanishEditor, "es", "Abre la central mareomotriz del estuario");
        String openedBefore = english.get("/en/newsroom/articles/" + article).body();

        assertThat(link(spanishEditor, "es", spanish, article).statusCode()).isEqualTo(303);
        HttpResponse<String> saved = english.post(
                "/en/newsroom/articles/" + article, openedBefore, formAsOpened(openedBefore, "A new lead.", ""));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(story(article)).isEqualTo(story(spanish)).isNotNull();
        assertThat(reader(path(article)))
                .contains("A new lead.")
                .contains("hreflang=\"es\" href=\"" + SITE + path(spanish) + "\"");
    }

    @Test
    void aStoryKeyTypedOnAFormOpenedBeforeAnotherEditorLinkedTheStoryIsWarnedAndNothingChanges() {
        Browser english = editor("en");
        long article = published(english, "en", "Harbour pilots return to the cape");
        Browser spanishEditor = editor("es");
        long spanish = published(spanishEditor, "es", "Vuelven los prácticos del puerto al cabo");
        String openedBefore = english.get("/en/newsroom/articles/" + article).body();
        assertThat(link(spanishEditor, "es", spanish, article).statusCode()).isEqualTo(303);
        String linkedKey = story(spanish);

        HttpResponse<String> refused = english.post(
                "/en/newsroom/articles/" + article,
                openedBefore,
                formAsOpened(openedBefore, "A lead that waits.", "cape-keepers"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Someone else saved this article after you opened it")
                .contains("name=\"story\" maxlength=\"80\" value=\"cape-keepers\"")
                .contains("name=\"storyWas\" value=\"" + linkedKey + "\"");
        assertThat(story(article)).isEqualTo(linkedKey);
        assertThat(reader(path(article))).doesNotContain("A lead that waits.");

        Map<String, String> again = formAsOpened(refused.body(), "A lead that waits.", "cape-keepers");
        again.put("storyWas", linkedKey);
        assertThat(english.post("/en/newsroom/articles/" + article, refused.body(), again)
                        .statusCode())
                .as("saved again knowingly, the typed key wins")
                .isEqualTo(303);
        assertThat(story(article)).isEqualTo("cape-keepers");
    }

    @Test
    void aSearchThatFindsNothingSaysSoInTheEditorsLanguage() {
        Map<String, String> said = Map.of(
                "en", "No article of that edition matches those words.",
                "ru", "В этой редакции ничего не найдено по этим словам.",
                "es", "Ningún artículo de esa edición coincide con esas palabras.",
                "ar", "لا يوجد في تلك النسخة مقال يطابق هذه الكلمات.");
        for (var edition : said.entrySet()) {
            Browser editor = editor(edition.getKey());
            long article = published(editor, edition.getKey(), "Quarry " + edition.getKey() + " closes");
            String other = edition.getKey().equals("en") ? "es" : "en";
            String found = editor.get("/" + edition.getKey() + "/newsroom/articles/" + article + "/translations?in="
                            + other + "&q=zzqxv")
                    .body();
            assertThat(found).as(edition.getKey()).contains(edition.getValue());
        }
    }

    @Test
    void enterWithoutScriptsSearchesWhenWordsAreTypedInTheTranslationSearchAndSavesOtherwise() {
        Browser editor = editor("en");
        long article = published(editor, "en", "Wetland birds counted from the air");
        long spanish = published(editor("es"), "es", "Censo aéreo de aves de los humedales");
        String form = editor.get("/en/newsroom/articles/" + article).body();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile(
                        "(?s)<form id=\"article-form\".*?<button type=\"submit\"([^>]*)>")
                .matcher(form);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1))
                .as("the default button, which Enter presses, is the one that searches")
                .contains("name=\"translation\" value=\"enter\"");

        Map<String, String> search = formAsOpened(form, "A lead typed, not saved.", "");
        search.remove("action");
        search.put("translation", "enter");
        search.put("in", "es");
        search.put("q", "aves humedales");
        HttpResponse<String> found = editor.post("/en/newsroom/articles/" + article, form, search);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("data-candidate=\"" + spanish + "\"").contains("A lead typed, not saved.");
        assertThat(reader(path(article))).doesNotContain("A lead typed, not saved.");

        search.put("q", " ");
        HttpResponse<String> saved = editor.post("/en/newsroom/articles/" + article, form, search);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(reader(path(article))).contains("A lead typed, not saved.");
    }

    /** The fields of a form as it was opened (story key and all), with a new lead and a story key typed. */
    private Map<String, String> formAsOpened(String form, String lead, String storyTyped) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(article("As opened"));
        java.util.regex.Matcher headline = java.util.regex.Pattern.compile("name=\"headline\"[^>]*value=\"([^\"]*)\"")
                .matcher(form);
        if (headline.find()) {
            fields.put("headline", headline.group(1));
        }
        fields.put("section", firstSection("en"));
        fields.put("version", version(form));
        fields.put("lead", lead);
        fields.put("story", storyTyped);
        fields.put("storyWas", "");
        fields.put("action", "save");
        return fields;
    }

    private HttpResponse<String> link(Browser editor, long article, long translation) {
        return link(editor, "en", article, translation);
    }

    private HttpResponse<String> link(Browser editor, String edition, long article, long translation) {
        String form =
                editor.get("/" + edition + "/newsroom/articles/" + article).body();
        String path = "/" + edition + "/newsroom/articles/" + article + "/translations";
        return editor.post(path, form, Map.of("article", Long.toString(translation)));
    }

    private static String translations(long article) {
        return "/en/newsroom/articles/" + article + "/translations";
    }

    private String reader(String path) {
        HttpResponse<String> page = new Browser(port).get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }
}
