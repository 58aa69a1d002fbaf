package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.RuleId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy form's advanced field: the edition's languages, brand names, domains, trust, encoder and
 * fail-closed switches, edited as YAML. A valid change is saved as a new version like the rules'; any
 * hostile or broken YAML is refused with a localised message naming its line, and nothing is saved.
 */
class ModerationAdvancedPolicyTests extends ModerationPolicyWebTest {

    /** The form's fields as a browser sends them unchanged, with the advanced field set to {@code yaml}. */
    private static Map<String, String> advanced(String form, String yaml) {
        Map<String, String> fields = ModerationPolicyTests.fields(form);
        fields.put("advanced", yaml);
        return fields;
    }

    @Test
    void theFormShowsTheSettingsItDoesNotCoverAsYaml() {
        HttpResponse<String> page = signedIn(admin("Advanced Reader Admin")).get("/en/moderation/policy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<textarea name=\"advanced\"")
                .contains("premoderateFirst: ")
                .contains("acceptedLanguages:")
                .contains("failClosed:")
                .contains("  spam: true");
    }

    @Test
    void aValidChangeIsSavedAsANewVersionAuditedAndUsedByTheEngine() {
        AccountId id = admin("Advanced Saving Admin");
        Browser admin = signedIn(id);
        String form = admin.get("/es/moderation/policy").body();
        Map<String, String> fields = ModerationPolicyTests.fields(form);
        int base = Integer.parseInt(fields.get("base"));
        fields.put("advanced", """
                trust:
                  premoderateFirst: 3
                  holdAboveRejectionRate: 0.4
                brandNames: [Tribune, Diario Ejemplo]
                ownDomains: [tribune.example, diario.example]
                acceptedLanguages: [es, en]
                failClosed:
                  spam: false
                """);

        HttpResponse<String> saved = admin.post("/es/moderation/policy", form, fields);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(versions.current("es")).isEqualTo(base + 1);
        Policy policy = engines.policies().policyFor("es");
        assertThat(policy.trust().premoderateFirst()).isEqualTo(3);
        assertThat(policy.trust().holdAboveRejectionRate()).isEqualTo(0.4);
        assertThat(policy.brandNames()).containsExactly("Tribune", "Diario Ejemplo");
        assertThat(policy.ownDomains()).containsExactly("tribune.example", "diario.example");
        assertThat(policy.acceptedLanguages()).containsExactlyInAnyOrder("es", "en");
        assertThat(policy.rule(RuleId.SPAM).failClosed()).isFalse();
        assertThat(policy.rule(RuleId.HATE).failClosed()).isTrue();
        assertThat(jdbc.sql("select count(*) from moderation_audit where action = 'policy.save' and edition = 'es'"
                                + " and actor_id = :actor")
                        .param("actor", id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(saved.body()).contains("premoderateFirst: 3");

        // a later save of the rules alone keeps these settings: each version carries the whole edition
        Map<String, String> rulesOnly = ModerationPolicyTests.fields(saved.body());
        rulesOnly.put("threshold[spam]", "0.8");
        assertThat(admin.post("/es/moderation/policy", saved.body(), rulesOnly).statusCode())
                .isEqualTo(200);
        Policy later = engines.policies().policyFor("es");
        assertThat(later.rule(RuleId.SPAM).threshold()).isEqualTo(0.8);
        assertThat(later.trust().premoderateFirst()).isEqualTo(3);
        assertThat(later.brandNames()).containsExactly("Tribune", "Diario Ejemplo");
        assertThat(engines.policies().policyFor("en").trust().premoderateFirst())
                .as("other editions keep their policy")
                .isNotEqualTo(3);
    }

    @Test
    void aStaleBaseRefusesAnAdvancedChangeToo() {
        Browser admin = signedIn(admin("Advanced Stale Admin"));
        String form = admin.get("/en/moderation/policy").body();
        Map<String, String> first = advanced(form, "trust:\n  premoderateFirst: 2\n");
        assertThat(admin.post("/en/moderation/policy", form, first).statusCode())
                .isEqualTo(200);
        int after = versions.current("en");

        Map<String, String> second = advanced(form, "trust:\n  premoderateFirst: 9\n");
        HttpResponse<String> stale = admin.post("/en/moderation/policy", form, second);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(versions.current("en")).isEqualTo(after);
        assertThat(engines.policies().policyFor("en").trust().premoderateFirst())
                .isEqualTo(2);
    }

    @Test
    void aDryRunTakesTheAdvancedFieldAndSavesNothing() {
        Browser admin = signedIn(admin("Advanced Dry Admin"));
        String form = admin.get("/en/moderation/policy").body();
        int before = count("policy_version");
        Map<String, String> fields = advanced(form, "trust:\n  premoderateFirst: 5\n");

        HttpResponse<String> started = admin.post("/en/moderation/policy/dry-run", form, fields);

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.body()).contains("premoderateFirst: 5");
        Map<String, String> broken = advanced(form, "trust: &t\n  premoderateFirst: *t\n");
        HttpResponse<String> refused = admin.post("/en/moderation/policy/dry-run", form, broken);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Line 1 of the advanced settings: anchors and aliases");
        assertThat(count("policy_version")).isEqualTo(before);
    }

    @Test
    void hostileOrBrokenYamlIsRefusedWithItsLineAndNothingIsSaved() {
        Browser admin = signedIn(admin("Advanced Hostile Admin"));
        String form = admin.get("/en/moderation/policy").body();
        int before = count("policy_version");
        Policy was = engines.policies().policyFor("en");
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(("*" + p + ",").repeat(9)).append("*").append(p).append("]\n");
        }
        String[][] cases = {
            {bomb.toString(), "Line 1 of the advanced settings: anchors and aliases"},
            {"brandNames: &b\n  - x\n  - *b\n", "Line 1 of the advanced settings: anchors and aliases"},
            {
                "language: en\nbrandNames: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                        + " [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n",
                "Line 2 of the advanced settings: tags"
            },
            {"brandNames: [" + "x".repeat(20_000) + "]\n", "The advanced settings are too long: at most 16000"},
            {"language: en\ntrust: {premoderateFirst: 3\n", "The advanced settings are not valid YAML (line"},
            {"language: en\nscript: evil\n", "Line 2 of the advanced settings: there is no setting called"},
            {
                "trust:\n  premoderateFirst: lots\n",
                "Line 2 of the advanced settings: trust.premoderateFirst must be a whole"
            },
            {"failClosed:\n  spam: 1\n", "Line 2 of the advanced settings: failClosed.spam must be true or false"},
            {"brandNames: [\"<script>alert(1)</script>\"]\n", "a brand name must be plain text"},
            {"ownDomains: [\"x'; drop table policy_version; --\"]\n", "is not a domain name"},
            {"language: \"en'; delete from comment; --\"\n", "is not a language the engine knows"},
            {"brandNames: [\"\uD800\u202E\u0000\"]\n", "The advanced settings are not valid YAML"},
            {"encoder: {model: /etc}\n", "the encoder model can be shipped, none"},
            {"- just\n- a list\n", "Line 1 of the advanced settings: advanced must be a set of keys and values"},
        };
        for (String[] c : cases) {
            Map<String, String> fields = advanced(form, c[0]);

            HttpResponse<String> answer = admin.post("/en/moderation/policy", form, fields);

            assertThat(answer.statusCode())
                    .as(c[0].substring(0, Math.min(40, c[0].length())))
                    .isEqualTo(422);
            assertThat(answer.body())
                    .contains("Nothing was saved")
                    .contains(c[1])
                    .doesNotContain("<script>alert")
                    .doesNotContain("Exception");
        }
        assertThat(count("policy_version")).isEqualTo(before);
        assertThat(engines.policies().policyFor("en")).isEqualTo(was);
    }

    /** Five megabytes are more than any form of the site takes: the container's limit answers first. */
    @Test
    void fiveMegabytesGetTheLocalisedTooLargePageAndNothingIsSaved() {
        Browser admin = signedIn(admin("Advanced Huge Admin"));
        String form = admin.get("/es/moderation/policy").body();
        int before = count("policy_version");
        Map<String, String> fields = advanced(form, "brandNames: [" + "x".repeat(5 * 1024 * 1024) + "]\n");

        HttpResponse<String> answer = admin.post("/es/moderation/policy", form, fields);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Demasiado grande para enviarlo").doesNotContain("Exception");
        assertThat(count("policy_version")).isEqualTo(before);
    }

    @Test
    void theRefusalIsInTheLanguageOfTheEdition() {
        Browser admin = signedIn(admin("Advanced Spanish Admin"));
        String form = admin.get("/es/moderation/policy").body();
        Map<String, String> fields = advanced(form, "idioma: es\n");

        HttpResponse<String> answer = admin.post("/es/moderation/policy", form, fields);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Línea 1 de los ajustes avanzados: aquí no existe el ajuste «idioma»");
    }

    @Test
    void aModeratorCannotSaveAdvancedSettings() {
        Browser moderator = signedIn(moderator("Advanced Moderator", "en"));
        String page = moderator.get("/en/account").body();
        int before = count("policy_version");

        HttpResponse<String> answer = moderator.post(
                "/en/moderation/policy", page, Map.of("base", "0", "advanced", "trust:\n  premoderateFirst: 0\n"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(count("policy_version")).isEqualTo(before);
    }
}
