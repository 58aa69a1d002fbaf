package io.tribune.moderation.engine.lexical;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared moderation data folder by walking up from the working directory. */
final class SharedData {

    private SharedData() {}

    static Optional<Path> folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data/moderation");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
