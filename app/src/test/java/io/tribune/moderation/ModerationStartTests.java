package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tribune.TribuneApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A model folder that cannot be used stops the application's start, and the start says why in a few
 * lines naming the file, not in a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModerationStartTests {

    @Test
    void aModelFolderWithoutItsModelStopsTheStartNamingTheFile(@TempDir Path data, CapturedOutput output)
            throws Exception {
        Path folder = Files.createDirectories(data.resolve("models/multilingual"));
        Files.writeString(folder.resolve("tokenizer.json"), "{}");
        Path policy = Files.writeString(data.resolve("policy.yaml"), """
                editions:
                  ru:
                    language: ru
                    encoder: { model: models/multilingual, languages: [ru] }
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(TribuneApplication.class)
                        .properties(
                                "spring.datasource.url=jdbc:h2:mem:moderation-start;MODE=PostgreSQL;"
                                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                                "server.port=0",
                                "tribune.moderation.policy=" + policy,
                                "tribune.moderation.data-dir=" + data)
                        .run())
                .hasRootCauseInstanceOf(io.tribune.moderation.engine.semantic.EncoderException.class);

        String missing = folder.resolve("model.onnx").toString();
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The moderation engine's sentence encoder cannot be used: " + missing + " is missing")
                .contains("Fix the model folder named above")
                .doesNotContain("\tat io.tribune.moderation.Engines.openModelFolders");
    }
}
