package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public transparency page of an edition: counts of a chosen period by rule, automated or human,
 * reports and how many were upheld, unlock requests, the median wait for a moderator. The figures are
 * made in a period long past (March 2020) of the Spanish edition, so other tests' decisions, made now,
 * do not count.
 */
class ModerationTransparencyTests extends ModerationWebTest {

    private static final String MARCH = "/es/transparency?from=2020-03-01&to=2020-03-31";

    static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    void statement(String rule, String automated, String at) {
        jdbc.sql("""
                        insert into statement_of_reasons (puid, account_id, edition, restriction, rule, facts, source,
                          automated_detection, automated_decision, content_date, decided_at)
                        values (:puid, 1, 'es', 'COMMENT_REJECTED', :rule, 'facts', 'OWN_INITIATIVE', true, :automated,
                          :at, :at)""")
                .param("puid", java.util.UUID.randomUUID().toString())
                .param("rule", rule)
                .param("automated", automated)
                .param("at", at(at))
                .update();
    }

    long decided(AccountId author, AccountId moderator, String posted, String decided, String action) {
        long id = comment(article("es"), "es", author, "PUBLISHED", null, "Un comentario.", "{}");
        jdbc.sql("update comment set created_at = :at where id = :id")
                .param("at", at(posted))
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into moderation_audit (at, actor_id, action, edition, target_type, target_id)
                        values (:at, :actor, :action, 'es', 'comment', :id)""")
                .param("at", at(decided))
                .param("actor", moderator.value())
                .param("action", action)
                .param("id", id)
                .update();
        return id;
    }

    void report(long comment, long reporter, String outcome, String at) {
        jdbc.sql("""
                        insert into comment_report (comment_id, reporter_id, reason, weight, created_at, outcome)
                        values (:comment, :reporter, 'spam', 1, :at, :outcome)""")
                .param("comment", comment)
                .param("reporter", reporter)
                .param("at", at(at))
                .param("outcome", outcome)
                .update();
    }

    void unlock(AccountId account, String outcome, String at) {
        jdbc.sql("insert into account_block (account_id, rule, blocked_at, edition) values (:id, 'spam', :at, 'es')")
                .param("id", account.value())
                .param("at", at(at))
                .update();
        long block =
                jdbc.sql("select max(id) from account_block").query(Long.class).single();
        jdbc.sql("""
                        insert into unlock_request (block_id, account_id, edition, explanation, created_at, outcome,
                          decided_at)
                        values (:block, :account, 'es', 'Lo siento.', :at, :outcome, :at)""")
                .param("block", block)
                .param("account", account.value())
                .param("at", at(at))
                .param("outcome", outcome)
                .update();
    }

    @Test
    void thePageCountsThePeriodsDecisionsReportsUnlocksAndTheMedianWait() {
        statement("spam", "FULLY", "2020-03-02T10:00:00Z");
        statement("spam", "FULLY", "2020-03-03T10:00:00Z");
        statement("spam", "NOT", "2020-03-04T10:00:00Z");
        statement("insult_threat", "PARTIALLY", "2020-03-05T10:00:00Z");
        statement("spam", "FULLY", "2020-04-05T10:00:00Z");
        AccountId author = reader("Autora Secreta", "es");
        AccountId moderator = moderator("Moderadora", "es");
        long first = decided(author, moderator, "2020-03-10T00:00:00Z", "2020-03-10T02:00:00Z", "comment.approve");
        decided(author, moderator, "2020-03-10T00:00:00Z", "2020-03-10T04:30:00Z", "comment.reject");
        decided(author, moderator, "2020-03-10T00:00:00Z", "2020-03-10T09:00:00Z", "comment.approve");
        report(first, 501, "UPHELD", "2020-03-11T00:00:00Z");
        report(first, 502, "UPHELD", "2020-03-11T00:00:00Z");
        report(first, 503, "DISMISSED", "2020-03-11T00:00:00Z");
        report(first, 504, null, "2020-03-11T00:00:00Z");
        unlock(reader("Desbloqueada", "es"), "GRANTED", "2020-03-12T00:00:00Z");
        unlock(reader("Rechazada", "es"), "REFUSED", "2020-03-13T00:00:00Z");
        unlock(reader("Otra rechazada", "es"), "REFUSED", "2020-03-14T00:00:00Z");

        HttpResponse<String> page = new Browser(port).get(MARCH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-total=\"automated\">2<", "data-total=\"human\">2<")
                .contains("id=\"rule-spam\"", "id=\"rule-insult_threat\"")
                .contains("data-figure=\"approved\">2<")
                .contains("4 presentadas; 2 aceptadas, 1 desestimadas")
                .contains("1 concedidas, 2 denegadas")
                .contains("4 h 30 min (sobre 3 decisiones)")
                .doesNotContain("Autora Secreta");
    }

    /** The page is public, so everything it links must be too: a stylesheet behind log-in left it bare. */
    @Test
    void aStrangerGetsThePageAndEverythingItLinks() {
        Browser stranger = new Browser(port);
        String page = stranger.get("/en/transparency").body();
        Matcher linked = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(page);
        int found = 0;
        while (linked.find()) {
            found++;
            assertThat(stranger.get(linked.group(1)).statusCode())
                    .as(linked.group(1))
                    .isEqualTo(200);
        }
        assertThat(found).isPositive();
    }

    @Test
    void aPeriodWithNothingSaysSoInEveryLanguage() {
        for (String edition : java.util.List.of("en", "ru", "es", "ar")) {
            HttpResponse<String> page =
                    new Browser(port).get("/" + edition + "/transparency?from=2001-01-01&to=2001-01-31");
            assertThat(page.statusCode()).as(edition).isEqualTo(200);
            assertThat(page.body()).as(edition).doesNotContain("moderation.transparency.");
        }
        assertThat(new Browser(port)
                        .get("/en/transparency?from=2001-01-01&to=2001-01-31")
                        .body())
                .contains("No comment or account was restricted in this period.");
        assertThat(new Browser(port).get("/ru/transparency").body()).contains("Прозрачность");
    }

    @Test
    void aPeriodThatIsNotUtf8GetsTheSitesBadRequestPage() {
        HttpResponse<String> page = new Browser(port).get("/ar/transparency?from=%ED%A0%80&to=2020-03-31");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"ar\"").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from=yesterday&to=2020-03-31",
                "from=2020-03-31&to=2020-03-01",
                "from=2019-01-01&to=2020-03-31",
                "from=2020-03-01%27%3B+drop+table+comment%3B+--&to=2020-03-31",
                "from=2020-02-30&to=2020-03-31",
                "from=%3Cscript%3E&to=2020-03-31",
                "from=2020-03-01T00:00&to=2020-03-31",
                "from=2020-03-01Z&to=2020-03-31",
                "from=%2B2020-03-01&to=2020-03-31",
                "from=%D9%A2%D9%A0%D9%A2%D9%A0-03-01&to=2020-03-31",
                "from=2020-03-01&to=%F0%9F%92%A5%F0%9F%92%A5",
                "from=99999999999999999999999999999999999999999999999999&to=2020-03-31"
            })
    void aPeriodThatIsNoneIsRefusedClearly(String query) {
        HttpResponse<String> page = new Browser(port).get("/en/transparency?" + query);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The last 30 days are shown instead.").doesNotContain("<script>");
        assertThat(count("comment")).isPositive();
    }
}
