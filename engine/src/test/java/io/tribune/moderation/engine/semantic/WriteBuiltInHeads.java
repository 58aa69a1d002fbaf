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
        SentenceEncoder encoder = ShippedEncoder.shared();
        Path root = Path.of(args.length > 0 ? args[0] : "engine/src/main/resources");
        for (String language : new String[] {"en"}) {
            String resource = SemanticDetectors.builtInHeadsResource(encoder, language);
            Path file = root.resolve(resource.substring(1));
            SemanticDetectors.trainBuiltIn(encoder, language).save(file);
            System.out.println("wrote " + file);
        }
    }
}
