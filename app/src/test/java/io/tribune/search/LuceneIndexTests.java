package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.tribune.editions.Edition;
import io.tribune.publishing.ArticleText;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.TagRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneIndexTests {

    static final Instant NOW = Instant.parse("2026-06-14T12:00:00Z");

    @TempDir
    Path root;

    LuceneIndex index;
    long nextId = 1;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneIndex(
                List.of(edition("en", "en"), edition("ru", "ru"), edition("es", "es"), edition("ar", "ar")),
                root,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws IOException {
        index.destroy();
    }

    @ParameterizedTest
    @CsvSource({
        "en, The election was held on Sunday, elections",
        "en, Dockers strike at the port, striking",
        "ru, Выборы прошли в воскресенье, выборах",
        "ru, Забастовка в порту продолжается, забастовки",
        "es, La elección se celebró el domingo, elecciones",
        "es, Huelga de estibadores en el puerto, puertos",
        "ar, أجريت الانتخابات يوم الأحد, انتخابات",
        "ar, إضراب عمال الميناء, الإضراب"
    })
    void everyEditionFindsOtherFormsOfAWordInItsLanguage(String edition, String body, String asked) {
        put(edition, "Headline", body, "world", List.of(), NOW.minusSeconds(3600));
        put(edition, "Another", "Nothing to do with it", "world", List.of(), NOW.minusSeconds(3600));

        assertThat(titles(search(edition, asked))).containsExactly("Headline");
    }

    @Test
    void aWordInTheHeadlineRanksAboveTheSameWordInTheBody() {
        put("en", "Rates unchanged", "The harbour authority kept its harbour fees.", "business", List.of(), NOW);
        put("en", "Harbour fees unchanged", "The authority kept its rates.", "business", List.of(), NOW);

        assertThat(titles(search("en", "harbour"))).containsExactly("Harbour fees unchanged", "Rates unchanged");
    }

    @Test
    void snippetsMarkTheMatchingWordsAndKeepMarkupAsText() {
        put(
                "en",
                "Port <b>strike</b>",
                "<script>alert(1)</script> Dockers went on strike today.",
                "world",
                List.of(),
                NOW);

        SearchResults.Hit hit = search("en", "strike").hits().getFirst();

        assertThat(hit.title().parts()).contains(new Snippet.Part("strike", true));
        assertThat(hit.snippet().parts())
                .contains(new Snippet.Part("strike", true))
                .anyMatch(p -> !p.isHit() && p.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void filtersKeepToTheSectionTheTagAndTheDates() {
        put("en", "Old world", "grain prices", "world", List.of("trade"), Instant.parse("2026-01-10T10:00:00Z"));
        put("en", "New world", "grain prices", "world", List.of(), Instant.parse("2026-06-10T10:00:00Z"));
        put("en", "Business", "grain prices", "business", List.of("trade"), Instant.parse("2026-06-11T10:00:00Z"));

        assertThat(titles(index.search(query("grain", "world", null, null, null, 1))))
                .containsExactlyInAnyOrder("Old world", "New world");
        assertThat(titles(index.search(query("grain", null, "trade", null, null, 1))))
                .containsExactlyInAnyOrder("Old world", "Business");
        assertThat(titles(index.search(query("grain", null, null, Instant.parse("2026-06-01T00:00:00Z"), NOW, 1))))
                .containsExactlyInAnyOrder("New world", "Business");
    }

    @Test
    void articlesScheduledForLaterAreNotFoundYet() {
        put("en", "Embargoed", "budget speech", "politics", List.of(), NOW.plusSeconds(60));

        assertThat(search("en", "budget").hits()).isEmpty();
    }

    @Test
    void resultsComeInPages() {
        for (int i = 0; i < 25; i++) {
            put("en", "Match " + i, "chess tournament round", "sport", List.of(), NOW.minusSeconds(i));
        }

        SearchResults third = index.search(query("chess", null, null, null, null, 3));

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.hasPrevious()).isTrue();
    }

    @Test
    void aMisspeltWordGetsTheClosestKnownOneSuggested() {
        put("en", "Parliament votes", "Parliament approved the budget.", "politics", List.of(), NOW);

        assertThat(search("en", "parliment budget").suggestion()).isEqualTo("parliament budget");
        assertThat(search("en", "parliament").suggestion()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"port (strike",
                "title:foo AND",
                "a AND OR NOT",
                "((((",
                "\\",
                "-",
                "|||",
                "~2",
                "strike^3",
                "x*",
                "' OR 1=1; DROP TABLE article; --",
                "<script>alert(1)</script>"
            })
    void anyQuerySyntaxIsAnsweredWithoutError(String text) {
        put("en", "Port strike", "Dockers strike.", "world", List.of(), NOW);

        assertThatCode(() -> search("en", text)).doesNotThrowAnyException();
    }

    @Test
    void aQueryOfOnlyStopWordsOrExclusionsFindsNothing() {
        put("en", "The port", "The dockers.", "world", List.of(), NOW);

        assertThat(search("en", "the").hits()).isEmpty();
        assertThat(search("en", "-port").hits()).isEmpty();
    }

    @Test
    void similarArticlesShareTagsAndWords() {
        long read = put("en", "Rail strike", "Train drivers strike over pay.", "world", List.of("rail"), NOW);
        long tagged = put("en", "New timetable", "Trains run later.", "world", List.of("rail"), NOW);
        long worded = put("en", "Pay talks", "Drivers and pay talks resume.", "world", List.of(), NOW);
        put("en", "Chess final", "A draw in the final game.", "sport", List.of("chess"), NOW);

        assertThat(index.similarTo("en", read, 5)).startsWith(tagged, worded).doesNotContain(read);
    }

    @Test
    void aRemovedArticleIsNoLongerFound() {
        long id = put("en", "Withdrawn", "ferry disaster", "world", List.of(), NOW);

        index.remove("en", id);

        assertThat(search("en", "ferry").hits()).isEmpty();
        assertThat(index.find("en", List.of(id))).isEmpty();
    }

    @Test
    void aRebuildReplacesWhatTheIndexHeld() {
        put("en", "Stale", "old words", "world", List.of(), NOW);

        long count =
                index.rebuild("en", each -> each.accept(text("en", 99, "Fresh", "new words", "world", List.of(), NOW)));

        assertThat(count).isEqualTo(1);
        assertThat(index.size("en")).isEqualTo(1);
        assertThat(titles(search("en", "words"))).containsExactly("Fresh");
        assertThat(index.wasMissing("en")).isTrue();
    }

    @Test
    void theIndexOutlivesTheProcess() throws IOException {
        put("en", "Kept", "durable words", "world", List.of(), NOW);
        index.destroy();

        index = new LuceneIndex(List.of(edition("en", "en")), root, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(index.wasMissing("en")).isFalse();
        assertThat(titles(search("en", "durable"))).containsExactly("Kept");
    }

    @Test
    void closingWhileAnotherThreadIndexesLeavesTheFoldersOpenableAgain() throws Exception {
        // a node stopping while its catch-up thread still indexes: the next node on the folders must open
        for (int round = 0; round < 20; round++) {
            LuceneIndex closing = index;
            Thread writing = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        closing.put(text("ru", nextId++, "Заголовок", "текст статьи", "world", List.of(), NOW));
                    }
                } catch (RuntimeException closed) {
                    // the index was closed under it: what a stopping node's indexing thread meets
                }
            });
            Thread.sleep(5);
            index.destroy();
            writing.join();

            index = new LuceneIndex(
                    List.of(edition("en", "en"), edition("ru", "ru"), edition("es", "es"), edition("ar", "ar")),
                    root,
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    private long put(String edition, String title, String body, String section, List<String> tags, Instant at) {
        long id = nextId++;
        index.put(text(edition, id, title, body, section, tags, at));
        return id;
    }

    private static ArticleText text(
            String edition, long id, String title, String body, String section, List<String> tags, Instant at) {
        return new ArticleText(
                id,
                edition,
                new SectionRef(edition, section, section),
                tags.stream().map(t -> new TagRef(edition, t, t)).toList(),
                title,
                "A lead.",
                body,
                "/" + edition + "/" + section + "/a-" + id,
                at);
    }

    private SearchResults search(String edition, String text) {
        return index.search(new SearchQuery(edition, text, null, null, null, null, 1, 10));
    }

    private static SearchQuery query(String text, String section, String tag, Instant from, Instant to, int page) {
        return new SearchQuery("en", text, section, tag, from, to, page, 10);
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(h -> h.article().title()).toList();
    }

    static Edition edition(String code, String language) {
        return new Edition(
                code, Locale.forLanguageTag(language), code, "Tribune", ZoneId.of("UTC"), false, "dd.MM.yyyy HH:mm");
    }

    static String text(Snippet snippet) {
        return Arrays.stream(snippet.parts().toArray(Snippet.Part[]::new))
                .map(Snippet.Part::text)
                .collect(Collectors.joining());
    }
}
