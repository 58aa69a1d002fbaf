package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.PolicyException;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.InMemoryActivityStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the engine the commands use from {@code --policy} and {@code --data-dir}, with an in-memory activity store. */
final class EngineSetup {

    /** The engine could not be built; the message says why, for the operator. */
    static final class Failed extends Exception {

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** The engine and the activity store it remembers comments in. */
    record Built(Engine engine, InMemoryActivityStore store) {}

    private EngineSetup() {}

    /**
     * Screens one throwaway comment per edition, so that models loaded on first use do not make the
     * first real comments run past their time budget; the activity store forgets it afterwards.
     */
    private static void warmUp(Engine engine, InMemoryActivityStore store) {
        for (String edition : engine.policies().editions()) {
            try {
                engine.screen(
                        Comment.of("warm-up-" + edition, edition, "A short and friendly remark about the article."));
            } catch (RuntimeException e) {
                // The real comments will meet the same problem and report it line by line.
            }
        }
        store.clear();
    }

    static Built build(String policyFile, String dataDir) throws Failed {
        EngineConfig config = EngineConfig.defaults();
        if (policyFile != null) {
            Path path = Path.of(policyFile);
            if (!Files.isRegularFile(path)) {
                throw new Failed("policy file " + policyFile + " does not exist or is not a file");
            }
            try {
                config.policies(PolicyBook.withOverrides(path));
            } catch (PolicyException e) {
                throw new Failed("bad policy file " + policyFile + ": " + e.getMessage());
            }
        }
        if (dataDir != null) {
            Path path = Path.of(dataDir);
            if (!Files.isDirectory(path)) {
                throw new Failed("data folder " + dataDir + " does not exist or is not a folder");
            }
            config.dataDir(path);
        }
        InMemoryActivityStore store = new InMemoryActivityStore();
        config.component(ActivityStore.class, store);
        Engine engine;
        try {
            engine = Engine.standard(config);
        } catch (RuntimeException e) {
            throw new Failed("cannot start the engine: " + e.getMessage());
        }
        warmUp(engine, store);
        return new Built(engine, store);
    }
}
