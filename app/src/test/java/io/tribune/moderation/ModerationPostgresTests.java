package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Blocks;
import io.tribune.support.Browser;
import io.tribune.support.OnFreshPostgresSchema;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's queries and writes on PostgreSQL, where production runs: a fresh schema made by the
 * migrations, a queue paged by keyset in both orders, the decisions, a block with its unlock request,
 * and the DSA export. Skipped where no PostgreSQL runs (CI starts one).
 */
@OnFreshPostgresSchema
class ModerationPostgresTests extends ModerationWebTest {

    @Autowired
    Blocks blocks;

    @Test
    void queuesPageByKeysetAndDecisionsAreRecorded() {
        AccountId author = reader("Postgres Author", "en");
        long article = article("en");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            made.add(
                    i % 2 == 0
                            ? heldComment("en", author)
                            : comment(article, "en", author, "HELD", "spam", "Cheap pills " + i, "{}"));
        }
        Browser moderator = signedIn(moderator("Postgres Moderator", "en"));
        String base = "/en/moderation/held?author=" + author.value();

        List<Long> newest = ModerationConsoleTests.items(moderator.get(base).body());
        List<Long> after = ModerationConsoleTests.items(
                moderator.get(base + "&after=" + newest.getLast()).body());
        List<Long> oldestSpam = ModerationConsoleTests.items(
                moderator.get("/en/moderation/held?rule=spam&order=oldest").body());
        String page = moderator.get(base).body();
        HttpResponse<String> approved = moderator.post(
                "/en/moderation/comments/" + made.getLast() + "/approve?queue=held", page, Map.of("expected", "HELD"));
        HttpResponse<String> rejected = moderator.post(
                "/en/moderation/comments/" + made.getFirst() + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "profanity", "note", "Mind the language."));
        HttpResponse<String> late = moderator.post(
                "/en/moderation/comments/" + made.getFirst() + "/approve?queue=held", page, Map.of("expected", "HELD"));

        assertThat(newest).hasSize(50).isEqualTo(made.reversed().subList(0, 50));
        assertThat(after).isEqualTo(made.reversed().subList(50, 60));
        assertThat(oldestSpam).startsWith(made.get(1), made.get(3));
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(status(made.getLast())).isEqualTo("PUBLISHED");
        assertThat(status(made.getFirst())).isEqualTo("REJECTED");
        assertThat(auditCount("comment", made.getFirst())).isEqualTo(1);
    }

    @Test
    void blockUnlockAndExportWorkOnPostgres() {
        AccountId reader = reader("Postgres Blockee", "en");
        Browser moderator = signedIn(moderator("Postgres Gatekeeper", "en"));
        String console = moderator.get("/en/account").body();
        moderator.post("/en/moderation/accounts/" + reader.value() + "/block", console, Map.of("reason", "spam"));
        Browser own = signedIn(reader);
        own.post(
                "/en/blocked/unlock",
                own.get("/en/blocked").body(),
                Map.of("account", Long.toString(reader.value()), "explanation", "Sorry."));
        long request = jdbc.sql("select id from unlock_request where account_id = :id")
                .param("id", reader.value())
                .query(Long.class)
                .single();

        HttpResponse<String> granted = moderator.post(
                "/en/moderation/unlock/" + request + "/grant",
                moderator.get("/en/moderation/unlock").body(),
                Map.of());
        HttpResponse<String> again = moderator.post(
                "/en/moderation/accounts/" + reader.value() + "/block", console, Map.of("reason", "spam"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        HttpResponse<String> export =
                signedIn(admin("Postgres Admin")).get("/en/moderation/statements.json?from=" + today + "&to=" + today);

        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Blocked for good");
        assertThat(blocks.isBlocked(reader)).isTrue();
        assertThat(own.get("/en/blocked").body()).contains("This block is final");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("DECISION_PROVISION_PARTIAL_TERMINATION");
    }
}
