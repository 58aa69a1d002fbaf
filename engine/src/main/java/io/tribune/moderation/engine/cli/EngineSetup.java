package io.tribune.moderation.engine.cli;

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
        try {
            return new Built(Engine.standard(config), store);
        } catch (RuntimeException e) {
            throw new Failed("cannot start the engine: " + e.getMessage());
        }
    }
}
