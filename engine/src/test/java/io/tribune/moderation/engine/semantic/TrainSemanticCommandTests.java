package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.cli.ModerationCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator trains an edition's heads from labelled lines; the engine then starts on them. */
class TrainSemanticCommandTests {

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return ModerationCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void trainsSavesAndTheEngineReadsTheHeads(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("decisions.jsonl");
        Files.write(
                data,
                List.of(
                        "{\"id\":\"m1\",\"text\":\"Our bakery has fresh croissants every morning, come and try them\",\"label\":\"advertising\"}",
                        "{\"id\":\"m2\",\"text\":\"The bakery closing is a loss for the street.\",\"label\":\"ok\"}",
                        "not json",
                        "{\"text\":\"no label\"}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(
                out, err, "train-semantic", "--edition", "en", "--data", data.toString(), "--data-dir", dir.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 labelled lines (2 skipped)");
        Path heads = dir.resolve("semantic/heads-en.json");
        assertThat(heads).exists();

        SemanticHeads loaded = SemanticHeads.load(heads, ShippedEncoder.shared());
        assertThat(loaded.rules()).contains(RuleId.ADVERTISING, RuleId.HATE);
        assertThat(loaded.nearest(
                        ShippedEncoder.shared().encode("fresh croissants at our bakery"), RuleId.ADVERTISING, 1))
                .extracting(SemanticHeads.Neighbour::id)
                .containsExactly("m1");
        Engine engine = Engine.standard(EngineConfig.defaults().dataDir(dir));
        assertThat(engine.semanticStatus().get("en")).contains("semantic heads on");
    }

    @Test
    void anEditionWithoutEncoderIsRefused(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "defaults: { encoder: none }\n");
        Path data = dir.resolve("d.jsonl");
        Files.writeString(data, "{\"text\":\"x\",\"label\":\"ok\"}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(
                new ByteArrayOutputStream(),
                err,
                "train-semantic",
                "--edition",
                "en",
                "--data",
                data.toString(),
                "--data-dir",
                dir.toString(),
                "--policy",
                policy.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no sentence encoder");
    }
}
