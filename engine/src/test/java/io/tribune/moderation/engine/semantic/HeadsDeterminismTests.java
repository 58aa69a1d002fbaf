package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training and saving the heads gives the same bytes every time, in every JVM: the shipped heads file can be
 * regenerated and compared byte for byte. (Java's {@code Map.copyOf} iterates in an order salted anew by each
 * JVM; a heads map kept that way wrote the rules in a different order at every run.)
 */
class HeadsDeterminismTests {

    /** A small training set cut from the built-in examples: a few positives of every rule, some clean ones. */
    static List<Labelled> smallSet() {
        Map<RuleId, Integer> taken = new EnumMap<>(RuleId.class);
        int clean = 0;
        List<Labelled> set = new ArrayList<>();
        for (Labelled item : SemanticDetectors.builtIn("en")) {
            if (item.rule() == null ? clean++ < 20 : taken.merge(item.rule(), 1, Integer::sum) <= 4) {
                set.add(item);
            }
        }
        return set;
    }

    static byte[] trainAndSave(Path file) throws IOException {
        SemanticHeads.train(ShippedEncoder.shared(), smallSet()).save(file);
        return Files.readAllBytes(file);
    }

    /** Trains the small set in a fresh JVM (another hash salt) and writes the heads to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        trainAndSave(Path.of(args[0]));
    }

    @Test
    void trainingTwiceInTwoJvmsGivesTheSameBytes(@TempDir Path dir) throws Exception {
        byte[] here = trainAndSave(dir.resolve("here.json"));

        Path there = dir.resolve("there.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HeadsDeterminismTests.class.getName(),
                        there.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES))
                .as("the child JVM finished")
                .isTrue();
        assertThat(child.exitValue())
                .as("child JVM: %s", Files.readString(dir.resolve("child.log")))
                .isZero();
        assertThat(Arrays.mismatch(Files.readAllBytes(there), here))
                .as("first byte at which the heads trained in another JVM differ")
                .isEqualTo(-1);
    }

    @Test
    void theShippedHeadsFileIsWrittenBackByteForByte(@TempDir Path dir) throws IOException {
        SentenceEncoder encoder = ShippedEncoder.shared();
        String resource = SemanticDetectors.builtInHeadsResource(encoder, "en");
        byte[] shipped;
        try (InputStream in = SemanticDetectors.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            shipped = in.readAllBytes();
        }
        SemanticHeads heads = SemanticHeads.load(new java.io.ByteArrayInputStream(shipped), resource, encoder);
        Path file = dir.resolve("heads.json");
        heads.save(file);
        assertThat(Arrays.mismatch(Files.readAllBytes(file), shipped))
                .as("first byte at which %s read and saved again differs", resource)
                .isEqualTo(-1);
    }
}
