package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administrators edit an edition's policy in a form; a save is a new version that the engine and the
 * community standards page use at once. Anyone else is answered as if the page did not exist.
 */
class ModerationPolicyTests extends ModerationPolicyWebTest {

    private static final Pattern FIELD = Pattern.compile(
            "<input (?:type=\"(?:checkbox|hidden)\" )?name=\"([a-z_.A-Z0-9\\[\\]]+)\"(?: value=\"([^\"]*)\")?( checked)?");
    private static final Pattern SELECTED =
            Pattern.compile("<select name=\"(action\\[[a-z_]+\\])\"[^>]*>\\s*(?:<option[^>]*>[^<]*</option>\\s*)*?"
                    + "<option value=\"([a-z]+)\" selected");

    /** The form's fields as a browser would send them unchanged (checked boxes only). */
    static Map<String, String> fields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(page);
        while (field.find()) {
            String name = field.group(1);
            boolean checkbox = name.startsWith("enabled[") || name.startsWith("reason[");
            if (checkbox) {
                if (field.group(3) != null) {
                    fields.put(name, "on");
                }
            } else if (!name.equals("_csrf")) {
                fields.put(name, field.group(2) == null ? "" : field.group(2));
            }
        }
        Matcher selected = SELECTED.matcher(page);
        while (selected.find()) {
            fields.put(selected.group(1), selected.group(2));
        }
        return fields;
    }

    @Test
    void aModeratorAReaderOrAStrangerCannotReadOrSaveThePolicy() {
        int before = count("policy_version");
        for (Browser someone :
                new Browser[] {signedIn(moderator("Policy Moderator", "en")), signedIn(reader("Policy Reader", "en"))
                }) {
            HttpResponse<String> own = someone.get("/en/account");
            assertThat(someone.get("/en/moderation/policy").statusCode()).isEqualTo(404);
            assertThat(someone.post("/en/moderation/policy", own.body(), Map.of("base", "0", "threshold[spam]", "0.1"))
                            .statusCode())
                    .isEqualTo(404);
        }
        Browser stranger = new Browser(port);
        HttpResponse<String> get = stranger.get("/en/moderation/policy");
        assertThat(get.statusCode()).isEqualTo(302);
        assertThat(get.headers().firstValue("Location")).hasValue("/en/account/login");
        assertThat(stranger.postRaw("/en/moderation/policy", "base=0&threshold%5Bspam%5D=0.1")
                        .statusCode())
                .isIn(302, 403, 404);
        assertThat(count("policy_version")).isEqualTo(before);
    }

    @Test
    void anAdministratorSeesEveryRuleOfTheEditionInTheForm() {
        HttpResponse<String> page = signedIn(admin("Policy Reader Admin")).get("/es/moderation/policy");

        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> fields = fields(page.body());
        for (var rule : io.tribune.moderation.engine.RuleId.values()) {
            assertThat(fields).containsKey("threshold[" + rule.id() + "]").containsKey("action[" + rule.id() + "]");
        }
        assertThat(fields).containsKey("base");
    }

    @Test
    void savingMakesANewVersionThatTheEngineAndTheStandardsPageUse() {
        AccountId id = admin("Policy Saving Admin");
        Browser admin = signedIn(id);
        String form = admin.get("/ar/moderation/policy").body();
        Map<String, String> fields = fields(form);
        int base = Integer.parseInt(fields.get("base"));
        assertThat(signedIn(reader("Policy Standards Reader", "ar"))
                        .get("/ar/standards")
                        .body())
                .contains("trolling");
        fields.remove("enabled[trolling]");
        fields.put("action[spam]", "hold");
        fields.put("threshold[spam]", "0.8");
        fields.put("hold[spam]", "0.6");
        fields.remove("reason[profanity]");

        HttpResponse<String> saved = admin.post("/ar/moderation/policy", form, fields);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(versions.current("ar")).isEqualTo(base + 1);
        var policy = engines.engine().policies().policyFor("ar");
        assertThat(policy.isEnabled(io.tribune.moderation.engine.RuleId.TROLLING))
                .isFalse();
        var spam = policy.rule(io.tribune.moderation.engine.RuleId.SPAM);
        assertThat(spam.action()).isEqualTo(io.tribune.moderation.engine.Action.HOLD);
        assertThat(spam.threshold()).isEqualTo(0.8);
        assertThat(spam.holdThreshold()).isEqualTo(0.6);
        assertThat(policy.rule(io.tribune.moderation.engine.RuleId.PROFANITY).showReason())
                .isFalse();
        assertThat(policy.isEnabled(io.tribune.moderation.engine.RuleId.HATE)).isTrue();
        assertThat(jdbc.sql("select count(*) from moderation_audit where action = 'policy.save' and edition = 'ar'"
                                + " and actor_id = :actor")
                        .param("actor", id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.get("/ar/standards").body()).doesNotContain("trolling");
        assertThat(engines.policies().policyFor("en").isEnabled(io.tribune.moderation.engine.RuleId.TROLLING))
                .as("other editions keep their policy")
                .isTrue();
    }

    @Test
    void impossibleValuesAreRefusedWithAClearMessageAndNothingIsSaved() {
        Browser admin = signedIn(admin("Policy Careless Admin"));
        String form = admin.get("/en/moderation/policy").body();
        int before = count("policy_version");
        String[][] cases = {
            {"threshold[spam]", "1.5", "The threshold of spam must be a number from 0 to 1"},
            {"threshold[spam]", "-0.1", "The threshold of spam must be a number from 0 to 1"},
            {"threshold[spam]", "NaN", "The threshold of spam must be a number from 0 to 1"},
            {"threshold[spam]", "1e-1", "The threshold of spam must be a number from 0 to 1"},
            {"hold[hate]", "0.99", "The hold threshold of hate is above its threshold"},
            {"hold[hate]", "2", "The hold threshold of hate must be a number from 0 to 1"},
            {"action[spam]", "delete", "The action of spam must be reject, hold or flag only"},
            {"threshold[nonsense]", "0.5", "There is no rule called \"nonsense\""},
            {"threshold[spam'; drop table policy_version; --]", "0.5", "There is no rule called"},
            {"threshold[<script>alert(1)</script>]", "0.5", "&lt;script&gt;"},
            {"threshold[spam]", "0.5\u202E\u0000<b>", "The threshold of spam must be a number from 0 to 1"},
            {"threshold[spam]", "9".repeat(100_000), "The threshold of spam must be a number from 0 to 1"},
        };
        for (String[] c : cases) {
            Map<String, String> fields = fields(form);
            if (c[1].equals("0.99")) {
                fields.put("threshold[hate]", "0.9");
            }
            fields.put(c[0], c[1]);

            HttpResponse<String> answer = admin.post("/en/moderation/policy", form, fields);

            assertThat(answer.statusCode())
                    .as(c[0] + "=" + c[1].substring(0, Math.min(20, c[1].length())))
                    .isEqualTo(422);
            assertThat(answer.body())
                    .contains("Nothing was saved")
                    .contains(c[2])
                    .doesNotContain("<script>alert");
        }
        Map<String, String> params = fields(form);
        String param = params.keySet().stream()
                .filter(k -> k.startsWith("param["))
                .findFirst()
                .orElseThrow();
        params.put(param, "0");
        HttpResponse<String> zero = admin.post("/en/moderation/policy", form, params);
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body()).contains("must be a number above 0");
        assertThat(count("policy_version")).isEqualTo(before);
    }

    /** Field names the form never writes: brackets left open, empty or doubled, names of no rule or parameter. */
    @Test
    void malformedFieldNamesAreRefusedAndNothingIsSaved() {
        Browser admin = signedIn(admin("Policy Bracket Admin"));
        String form = admin.get("/en/moderation/policy").body();
        int before = count("policy_version");
        String[][] cases = {
            {"threshold[spam", "0.5"},
            {"threshold[]", "0.5"},
            {"threshold[[spam]", "0.5"},
            {"param[spam]", "3"},
            {"param[nonsense.window]", "3"},
            {"param[spam.<b>x</b>]", "3"},
            {"enabled['nonsense']", "on"},
            {"hold[\u0000]", "0.1"},
        };
        for (String[] c : cases) {
            Map<String, String> fields = fields(form);
            fields.put(c[0], c[1]);

            HttpResponse<String> answer = admin.post("/en/moderation/policy", form, fields);

            assertThat(answer.statusCode()).as(c[0]).isIn(400, 422);
            assertThat(answer.body()).as(c[0]).doesNotContain("<b>x</b>").doesNotContain("Exception");
        }
        assertThat(count("policy_version")).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoAdministratorsSavingFromTheSameVersionIsToldAndNothingOfHisIsSaved() {
        Browser first = signedIn(admin("Policy First Admin"));
        Browser second = signedIn(admin("Policy Second Admin"));
        String firstForm = first.get("/ru/moderation/policy").body();
        String secondForm = second.get("/ru/moderation/policy").body();
        Map<String, String> mine = fields(firstForm);
        mine.put("threshold[profanity]", "0.7");
        Map<String, String> theirs = fields(secondForm);
        theirs.put("threshold[profanity]", "0.95");
        int base = Integer.parseInt(mine.get("base"));

        assertThat(first.post("/ru/moderation/policy", firstForm, mine).statusCode())
                .isEqualTo(200);
        HttpResponse<String> late = second.post("/ru/moderation/policy", secondForm, theirs);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("value=\"0.95\"");
        assertThat(versions.current("ru")).isEqualTo(base + 1);
        assertThat(engines.policies()
                        .policyFor("ru")
                        .rule(io.tribune.moderation.engine.RuleId.PROFANITY)
                        .threshold())
                .isEqualTo(0.7);

        Map<String, String> noBase = fields(firstForm);
        noBase.put("base", "１");
        assertThat(first.post("/ru/moderation/policy", firstForm, noBase).statusCode())
                .isEqualTo(422);
    }

    @Test
    void aNodeThatDidNotSaveTakesUpTheNewestVersionAtItsNextPoll() {
        long newest = jdbc.sql("select coalesce(max(version), 0) from policy_version where edition = 'es'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into policy_version (edition, version, body, author_id, created_at)
                        values ('es', :version, :body, 1, current_timestamp)""")
                .param("version", newest + 1)
                .param("body", "{\"editions\":{\"es\":{\"rules\":{\"flood\":{\"enabled\":false}}}}}")
                .update();

        versions.refresh();

        assertThat(engines.policies().policyFor("es").isEnabled(io.tribune.moderation.engine.RuleId.FLOOD))
                .isFalse();
    }

    @Test
    void aDryRunTellsHowTheLastCommentsWouldHaveBeenDecidedAndSavesNothing() {
        Browser admin = signedIn(admin("Policy Dry Run Admin"));
        long article = article("en");
        long rude = comment(
                article,
                "en",
                reader("Policy Rude Reader", "en"),
                "PUBLISHED",
                null,
                "You are a fucking idiot and a piece of shit, I will find you.",
                PROFANITY_RECORD);
        String form = admin.get("/en/moderation/policy").body();
        int before = count("policy_version");

        HttpResponse<String> started = admin.post("/en/moderation/policy/dry-run", form, fields(form));

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.body()).contains("/en/moderation/policy/dry-run");
        String fragment = finishedDryRun(admin, "/en/moderation/policy/dry-run");
        assertThat(fragment)
                .containsPattern("Under this draft, of the last [0-9]+ comments")
                .contains("Nothing was saved.")
                .contains("#" + rude + "</a>")
                .contains("published → ");
        // without JavaScript, the page itself: the result under the form as it was sent
        HttpResponse<String> answer = admin.get("/en/moderation/policy/dry-run");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("name=\"threshold[spam]\"")
                .containsPattern("Under this draft, of the last [0-9]+ comments")
                .contains("Nothing was saved.")
                .contains("#" + rude + "</a>")
                .contains("published → ");
        assertThat(count("policy_version")).isEqualTo(before);

        Map<String, String> bad = fields(form);
        bad.put("threshold[spam]", "7");
        assertThat(admin.post("/en/moderation/policy/dry-run", form, bad).statusCode())
                .isEqualTo(422);
        Browser moderator = signedIn(moderator("Policy Dry Moderator", "en"));
        assertThat(moderator
                        .post(
                                "/en/moderation/policy/dry-run",
                                moderator.get("/en/account").body(),
                                fields(form))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDryRunIsOnlyItsAdministratorsAndOnlyOneAtATime() {
        Browser admin = signedIn(admin("Policy Lone Runner"));
        Browser other = signedIn(admin("Policy Other Runner"));
        assertThat(other.get("/ru/moderation/policy/dry-run").statusCode()).isEqualTo(404);
        String form = admin.get("/ru/moderation/policy").body();

        HttpResponse<String> first = admin.post("/ru/moderation/policy/dry-run", form, fields(form));
        HttpResponse<String> second = admin.post("/ru/moderation/policy/dry-run", form, fields(form));

        assertThat(first.statusCode()).isEqualTo(202);
        // the second is refused while the first runs, or started once it is done: never two at once
        assertThat(second.statusCode()).isIn(202, 409);
        if (second.statusCode() == 409) {
            assertThat(second.body()).contains("Ваш предыдущий пробный прогон ещё идёт.");
        }
        assertThat(finishedDryRun(admin, "/ru/moderation/policy/dry-run")).contains("Ничего не сохранено.");
        // another administrator sees none of it, and a moderator no page at all
        HttpResponse<String> others = other.get("/ru/moderation/policy/dry-run");
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(others.body()).contains("За последние 15 минут у вас не было пробного прогона этой политики.");
        Browser moderator = signedIn(moderator("Policy Dry Watcher", "ru"));
        assertThat(moderator
                        .get("/ru/moderation/policy/dry-run", Map.of("HX-Request", "true"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Browser(port).get("/ru/moderation/policy/dry-run").statusCode())
                .isNotEqualTo(200);
    }

    /** The dry run's place on the page once it is done, asked for as htmx asks while it runs. */
    private static String finishedDryRun(Browser admin, String path) {
        for (int asked = 0; asked < 1200; asked++) {
            HttpResponse<String> place = admin.get(path, Map.of("HX-Request", "true"));
            assertThat(place.statusCode()).isEqualTo(200);
            if (!place.body().contains("hx-trigger=\"load delay:1s\"")) {
                return place.body();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the dry run did not end in two minutes");
    }

    @Autowired
    PolicyDryRun dryRun;

    /** Measures the dry run on a full thousand comments (the time is logged and kept under a minute). */
    @Test
    void aDryRunOfAThousandCommentsTakesSeconds() {
        long article = article("es");
        AccountId author = reader("Policy Busy Reader", "es");
        String[] texts = {
            "Muy buen artículo, gracias por la información sobre el presupuesto municipal.",
            "No estoy de acuerdo con el alcalde, pero el artículo explica bien las dos posturas.",
            "COMPRA AHORA EN http://ofertas.example BARATO BARATO",
            "Eres un idiota y un imbécil.",
            "¿Alguien sabe cuándo abre la biblioteca nueva?"
        };
        List<Long> made = new java.util.ArrayList<>();
        for (int i = 0; i < PolicyDryRun.LAST; i++) {
            made.add(comment(article, "es", author, "PUBLISHED", null, texts[i % texts.length] + " " + i, "{}"));
        }
        try {
            PolicyDryRun.Result result =
                    dryRun.run("es", PolicyDraft.of(versions.live("es").orElseThrow()));

            assertThat(result.screened()).isEqualTo(PolicyDryRun.LAST);
            assertThat(result.millis()).isLessThan(60_000);
        } finally {
            jdbc.sql("delete from comment where author_id = :author")
                    .param("author", author.value())
                    .update();
        }
    }
}
