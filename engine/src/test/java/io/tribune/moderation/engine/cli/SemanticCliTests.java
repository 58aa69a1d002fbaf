package io.tribune.moderation.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command line says which editions the encoder screens and explains the decisions it drives. */
class SemanticCliTests {

    @Test
    void namesTheEditionsThatKeepTheLexicalEngineAlone() {
        ModerationCliTests.Run run =
                ModerationCliTests.run("{\"id\":\"1\",\"edition\":\"de\",\"text\":\"Guter Artikel.\"}\n");
        assertThat(run.code()).isZero();
        assertThat(run.err())
                .contains("edition en: semantic heads on all-MiniLM-L6-v2-q")
                .contains(
                        "edition de: lexical engine alone: the sentence encoder all-MiniLM-L6-v2-q covers [en], not de");
    }

    @Test
    void explainsADecisionTheHeadsDrove() {
        ModerationCliTests.Run run = ModerationCliTests.run("{\"id\":\"1\",\"edition\":\"en\",\"text\":"
                + "\"Seeing those fans crushed against the barrier was the funniest part of the night.\"}\n");
        JsonNode decision = run.lines().getFirst();
        assertThat(decision.get("decision").asString()).isEqualTo("hold");
        JsonNode rule = decision.get("rules").get(0);
        assertThat(rule.get("rule").asString()).isEqualTo("violence_cruelty");
        assertThat(rule.get("explanation").asString()).contains("close to 3 comments labelled violence_cruelty");
    }

    @Test
    void aMissingModelFolderStopsTheEngineNamingTheFolder(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(
                policy, "editions:\n  de: { language: de, encoder: { model: models/e5, languages: [de] } }\n");
        ModerationCliTests.Run run =
                ModerationCliTests.run("", "--policy", policy.toString(), "--data-dir", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("models/e5").toString());
    }
}
