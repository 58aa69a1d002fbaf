package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements of reasons: issued for rejections by the engine and by moderators and for blocks, shown
 * only to the reader concerned, mailed to them, and exported in the DSA Transparency Database's format.
 */
class ModerationStatementsTests extends ModerationWebTest {

    @Autowired
    PostComment postComment;

    @Test
    void aCommentTheEngineRejectsGetsAStatementOfAFullyAutomatedDecision() {
        AccountId author = reader("Sweary Poster", "en");

        Posting.Posted posted = (Posting.Posted) postComment.post(new NewComment(
                author,
                "en",
                article("en"),
                null,
                "What a load of fucking nonsense this report is.",
                UUID.randomUUID().toString(),
                "198.51.100.21"));

        assertThat(posted.status()).isEqualTo(CommentStatus.REJECTED);
        long statement = jdbc.sql("select id from statement_of_reasons where comment_id = :id"
                        + " and automated_decision = 'FULLY' and automated_detection = true and rule = 'profanity'")
                .param("id", posted.commentId())
                .query(Long.class)
                .single();
        String shown = signedIn(author).get("/en/statements/" + statement).body();
        assertThat(shown)
                .contains("Statement of reasons")
                .contains("Your comment was removed from the discussion")
                .contains("No profanity")
                .contains("Yes: the automatic check decided without a person.")
                .contains("Digital Services Coordinator");
        assertThat(letterTo(email(author), "statement of reasons"))
                .hasValueSatisfying(letter -> assertThat(body(letter)).contains("/en/statements/" + statement));
    }

    @Test
    void aStatementIsShownOnlyToTheReaderItConcerns() {
        AccountId author = reader("Private Author", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Statement Issuer", "en"));
        moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                moderator.get("/en/moderation/held").body(),
                Map.of("expected", "HELD", "reason", "profanity"));
        long statement = jdbc.sql("select id from statement_of_reasons where comment_id = :id")
                .param("id", held)
                .query(Long.class)
                .single();

        assertThat(signedIn(author).get("/en/statements/" + statement).statusCode())
                .isEqualTo(200);
        assertThat(signedIn(reader("Nosy Reader", "en"))
                        .get("/en/statements/" + statement)
                        .statusCode())
                .isEqualTo(404);
        assertThat(moderator.get("/en/statements/" + statement).statusCode()).isEqualTo(404);
        assertThat(new Browser(port).get("/en/statements/" + statement).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aModeratorsRejectionOfWhatTheEngineHeldIsPartlyAutomated() {
        AccountId author = reader("Held Then Rejected", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Partial Decider", "en"));

        moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                moderator.get("/en/moderation/held").body(),
                Map.of("expected", "HELD", "reason", "profanity"));

        assertThat(jdbc.sql("select automated_detection, automated_decision from statement_of_reasons"
                                + " where comment_id = :id")
                        .param("id", held)
                        .query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("true PARTIALLY");
    }

    /**
     * The export checked against the field list of the DSA Transparency Database's API documentation
     * ("Statement Attributes"): every field is one it documents, the required ones are there, limited
     * ones hold an allowed value, free text keeps to its limit, dates are YYYY-MM-DD, the puid is
     * letters, digits, hyphens and underscores.
     */
    @Test
    void theExportIsInTheTransparencyDatabasesStatementFormat() {
        AccountId author = reader("Exported Author", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Exporter", "en"));
        String page = moderator.get("/en/moderation/held").body();
        moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "hate", "note", "Personal note naming Jane Doe."));
        AccountId blocked = reader("Exported Blockee", "en");
        moderator.post("/en/moderation/accounts/" + blocked.value() + "/block", page, Map.of("reason", "spam"));
        postComment.post(new NewComment(
                reader("Exported Swearer", "en"),
                "en",
                article("en"),
                null,
                "This is fucking awful reporting.",
                UUID.randomUUID().toString(),
                "198.51.100.22"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Browser admin = signedIn(admin("Exporting Admin"));

        HttpResponse<String> export = admin.get("/en/moderation/statements.json?from=" + today + "&to=" + today);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode statements =
                JsonMapper.builder().build().readTree(export.body()).get("statements");
        assertThat(statements.size()).isGreaterThanOrEqualTo(3);
        List<String> problems = new ArrayList<>();
        Set<String> puids = new java.util.HashSet<>();
        for (JsonNode statement : statements) {
            problems.addAll(DsaStatementFields.problems(statement));
            puids.add(statement.get("puid").asString());
        }
        assertThat(problems).isEmpty();
        assertThat(puids).hasSize(statements.size());
        assertThat(export.body()).doesNotContain("Jane Doe").doesNotContain("Exported Author");
        assertThat(statements
                        .valueStream()
                        .map(s -> s.path("decision_provision").asString("")))
                .contains("DECISION_PROVISION_PARTIAL_SUSPENSION");
        assertThat(statements
                        .valueStream()
                        .map(s -> s.path("automated_decision").asString()))
                .contains("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_NOT_AUTOMATED");
    }

    @Test
    void theExportRefusesABadPeriod() {
        Browser admin = signedIn(admin("Period Admin"));

        assertThat(admin.get("/en/moderation/statements.json?from=2026-13-01&to=2026-12-31")
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.get("/en/moderation/statements.json?from=2026-12-31&to=2026-01-01")
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.get("/en/moderation/statements.json").statusCode()).isEqualTo(400);
        for (String hostile : List.of(
                "from=&to=2026-12-31",
                "from=2026-01-01",
                "from=2026-01-01Z&to=2026-12-31",
                "from=2026-01-01T00:00&to=2026-12-31",
                "from=%2B2026-01-01&to=2026-12-31",
                "from=%D9%A2%D9%A0%D9%A2%D9%A6-01-01&to=2026-12-31",
                "from=%ED%A0%80&to=2026-12-31",
                "from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&to=2026-12-31",
                "from=2026-01-01%27+or+1%3D1+--&to=2026-12-31",
                "from=" + "9".repeat(1000) + "&to=2026-12-31")) {
            HttpResponse<String> answer = admin.get("/ru/moderation/statements.json?" + hostile);
            assertThat(answer.statusCode()).as(hostile).isEqualTo(400);
            assertThat(answer.body())
                    .as(hostile)
                    .contains("Запрос не распознан")
                    .doesNotContain("<script>", "Exception", "at io.tribune");
        }
    }

    @Test
    void theAuditLogGoesOnOnlyFromANumber() {
        Browser admin = signedIn(admin("Audit Pager"));

        assertThat(admin.get("/en/moderation/audit?before=").statusCode()).isEqualTo(200);
        assertThat(admin.get("/en/moderation/audit?before=5").statusCode()).isEqualTo(200);
        for (String hostile : List.of(
                "abc",
                "-1",
                "1e3",
                "1234567890123456789",
                "%D9%A1%D9%A2",
                "%ED%A0%80",
                "%3Cscript%3E",
                "1%27+or+1%3D1+--",
                "9".repeat(1000))) {
            HttpResponse<String> answer = admin.get("/es/moderation/audit?before=" + hostile);
            assertThat(answer.statusCode()).as(hostile).isEqualTo(400);
            assertThat(answer.body())
                    .as(hostile)
                    .contains("No se ha podido entender la solicitud")
                    .doesNotContain("<script>", "Exception");
        }
    }

    @Test
    void theValidatorCatchesWhatTheDatabaseWouldRefuse() {
        JsonNode bad = JsonMapper.builder()
                .build()
                .readTree("{\"decision_visibility\":[\"DECISION_VISIBILITY_MAYBE\"],\"decision_ground\":"
                        + "\"DECISION_GROUND_INCOMPATIBLE_CONTENT\",\"content_type\":[\"CONTENT_TYPE_TEXT\"],"
                        + "\"category\":\"STATEMENT_CATEGORY_SPAM\",\"application_date\":\"2026-1-5\","
                        + "\"decision_facts\":\"x\",\"source_type\":\"SOURCE_VOLUNTARY\",\"automated_detection\":"
                        + "\"maybe\",\"automated_decision\":\"AUTOMATED_DECISION_FULLY\",\"puid\":\"has space\","
                        + "\"colour\":\"red\"}");

        assertThat(DsaStatementFields.problems(bad))
                .anyMatch(p -> p.contains("decision_visibility"))
                .anyMatch(p -> p.contains("category"))
                .anyMatch(p -> p.contains("application_date"))
                .anyMatch(p -> p.contains("automated_detection"))
                .anyMatch(p -> p.contains("puid"))
                .anyMatch(p -> p.contains("colour"))
                .anyMatch(p -> p.contains("incompatible_content_ground"))
                .anyMatch(p -> p.contains("content_date"));
    }
}
