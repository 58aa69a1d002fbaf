package io.tribune.moderation.engine.semantic;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Trains the built-in English heads on the shipped encoder and writes them into the engine's resources,
 * so that the engine reads them at start instead of training for seconds. Run after editing the built-in
 * examples or the group list ({@code BuiltInHeadsTests} fails until then):
 *
 * <pre>bench/quality.sh write-heads</pre>
 * (from the repository root; it writes into {@code engine/src/main/resources}).
 */
public final class WriteBuiltInHeads {

    private WriteBuiltInHeads() {}

    public static void main(String[] args) throws IOException {
        SentenceEncoder encoder = EncoderUnderTest.shared();
        Path root = Path.of(args.length > 0 ? args[0] : "engine/src/main/resources");
        for (String language : new String[] {"en"}) {
            String resource = SemanticDetectors.builtInHeadsResource(encoder, language);
            Path file = root.resolve(resource.substring(1));
            SemanticHeads heads = SemanticDetectors.trainBuiltIn(encoder, language);
            java.nio.file.Files.createDirectories(file.getParent());
            heads.save(file);
            System.out.println("wrote " + file);
            System.out.println(
                    "rule                   hold  clean  held@0.5  held@hold  positives  recall@0.5  recall@hold");
            for (io.tribune.moderation.engine.RuleId rule : heads.rules()) {
                heads.calibration(rule)
                        .ifPresent(c -> System.out.printf(
                                java.util.Locale.ROOT,
                                "%-21s %5.2f %6d %8.1f%% %9.1f%% %10d %10.1f%% %11.1f%%%n",
                                rule.id(),
                                c.hold(),
                                c.clean(),
                                c.cleanHeldAtDefault() * 100,
                                c.cleanHeld() * 100,
                                c.positives(),
                                c.recallAtDefault() * 100,
                                c.recall() * 100));
            }
        }
    }
}
