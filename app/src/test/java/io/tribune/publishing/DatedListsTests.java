package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The dates lists show, on a site whose clock stands still on Sunday 14 June 2026 at 09:00 UTC (10:00
 * in London, 12:00 in Cairo). The demo content is dated from that day, so every article's day is known.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:tribune-dated;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media-dated",
            "tribune.views.flush-interval=PT1H"
        })
@Import(DatedListsTests.StoppedClock.class)
class DatedListsTests {

    /** The time of an article, not of a day: its datetime is an instant. */
    private static final Pattern TIME = Pattern.compile("<time datetime=\"[-0-9]+T[^\"]+\">([^<]+)</time>");

    private static final Pattern DAY_HEADING =
            Pattern.compile("<h2 class=\"list__day\"><time datetime=\"([^\"]+)\">([^<]+)</time></h2>");

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        Clock stoppedClock() {
            return Clock.fixed(Instant.parse("2026-06-14T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void latestNewsGivesTheDateOfWhatIsNotFromToday() {
        List<String> english = times(section(get("/en/"), "<ol class=\"ticker\">", "</ol>"));
        assertThat(english).contains("07:30", "13.06.2026 22:30");
        assertThat(english.indexOf("07:30")).isLessThan(english.indexOf("13.06.2026 22:30"));

        List<String> arabic = times(section(get("/ar/"), "<ol class=\"ticker\">", "</ol>"));
        assertThat(arabic).contains("09:30", "2026/06/13 22:10");
    }

    @Test
    void cardsOnTheFrontPageGiveTheDateOfWhatIsNotFromToday() {
        String spanish = get("/es/");
        assertThat(times(section(spanish, "class=\"front__top\"", "</section>")))
                .singleElement()
                .matches(time -> time.matches("\\d{2}:\\d{2}"));
        assertThat(spanish).containsPattern("<time datetime=\"[^\"]+\">\\d{2}/06/2026 \\d{2}:\\d{2}</time>");
    }

    @Test
    void allNewsSetsItsDaysApartUnderHeadings() {
        String html = get("/en/news");
        assertThat(dayHeadings(html))
                .containsExactly(
                        "2026-06-14 Today",
                        "2026-06-13 Yesterday",
                        "2026-06-12 Friday 12 June 2026",
                        "2026-06-11 Thursday 11 June 2026",
                        "2026-06-10 Wednesday 10 June 2026");
        String list = section(html, "<div class=\"list\">", "<nav class=\"pager\"");
        assertThat(times(list))
                .as("the heading dates the cards below it")
                .allMatch(time -> time.matches("\\d{2}:\\d{2}"));
    }

    @Test
    void sectionAndTagPagesSetTheirDaysApartInTheEditionLanguage() {
        assertThat(dayHeadings(get("/ru/science/")))
                .startsWith("2026-06-14 Сегодня", "2026-06-12 пятница, 12 июня 2026");
        assertThat(dayHeadings(get("/es/tags/oceanos")))
                .containsExactly("2026-06-14 Hoy", "2026-06-12 viernes 12 de junio de 2026");
        assertThat(dayHeadings(get("/ar/tags/butulat"))).contains("2026-06-13 أمس");
    }

    private String get(String path) {
        var response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    private static List<String> times(String html) {
        return TIME.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static List<String> dayHeadings(String html) {
        return DAY_HEADING
                .matcher(html)
                .results()
                .map(m -> m.group(1) + " " + m.group(2))
                .toList();
    }
}
