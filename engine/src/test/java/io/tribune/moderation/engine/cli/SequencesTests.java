package io.tribune.moderation.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labelled threads of the shared data (flash mobs, floods and their look-alikes), read at test
 * time from {@code shared/data/moderation} above the working folder; skipped when absent. Only ids
 * are reported, never texts.
 */
class SequencesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyMobAndFloodCommentIsFoundAndNoGenuineOneIs() throws Exception {
        Path file = SharedData.find("sequences.jsonl").orElse(null);
        assumeTrue(file != null, "shared sequences.jsonl absent");
        EngineSetup.Built built = EngineSetup.build(null, null);
        List<String> missed = new ArrayList<>();
        List<String> wronglyFlagged = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode thread = JSON.readTree(line);
            built.store().clear();
            Session session = new Session(built.engine(), 1_000);
            CommentParser parser = new CommentParser(JSON, built.engine().policies());
            for (JsonNode c : thread.get("comments")) {
                ObjectNode full = (ObjectNode) c.deepCopy();
                full.set("edition", thread.get("edition"));
                full.set("article", thread.get("article"));
                session.screen(parser.parse(full));
            }
            for (JsonNode c : thread.get("comments")) {
                String id = c.get("id").stringValue();
                Decision decision = session.decision(id);
                boolean stateful = decision.hit(RuleId.FLOOD) || decision.hit(RuleId.FLASH_MOB);
                if (c.get("rules").isEmpty()) {
                    if (stateful) {
                        wronglyFlagged.add(id);
                    }
                } else if (!decision.hit(RuleId.fromId(c.get("rules").get(0).stringValue())
                                .orElseThrow())
                        || !decision.verdict().id().equals("reject")) {
                    missed.add(id);
                }
            }
        }
        assertThat(missed).isEmpty();
        assertThat(wronglyFlagged).isEmpty();
    }
}
