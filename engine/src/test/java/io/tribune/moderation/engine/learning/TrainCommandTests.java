package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.EngineConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void trainsSavesAndReportsHeldOutFigures() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add("{\"text\": \"Win a cash prize number " + i + " now, click the link\", \"label\": \"spam\"}");
            lines.add("{\"text\": \"The council debated road " + i + " again tonight\", \"label\": \"ham\"}");
        }
        Path data = Files.write(dir.resolve("train.jsonl"), lines);
        int code = run(
                "--edition",
                "en",
                "--data",
                data.toString(),
                "--data-dir",
                dir.resolve("store").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("store/models/en.model")).isRegularFile();
        assertThat(out.toString()).contains("120 examples").contains("macro F1").contains("saved");
        EditionClassifiers loaded =
                EditionClassifiers.open(EngineConfig.defaults().dataDir(dir.resolve("store")));
        assertThat(loaded.classify("en", "Win a cash prize now, click the link").get("spam"))
                .isGreaterThan(0.8);
    }

    @Test
    void dashReadsTheLabelledLinesFromStandardInput() {
        String lines = "label,text\nspam,Win a prize now\nok,See you at the match\n";
        int code = TrainCommand.run(
                List.of("--edition", "de", "--data", "-", "--data-dir", dir.toString()),
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("models/de.model")).isRegularFile();
        assertThat(out.toString()).contains("2 examples").contains("too few lines");
    }

    @Test
    void missingDataIsAUsageError() {
        assertThat(run("--edition", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("--data FILE is required").contains("usage:");
    }

    @Test
    void unreadableFileFailsWithItsName() {
        assertThat(run("--edition", "en", "--data", dir.resolve("absent.jsonl").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("absent.jsonl");
    }

    private int run(String... args) {
        return TrainCommand.run(
                List.of(args),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
