package io.tribune.moderation.engine.learning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared moderation data by walking up from the working directory; tests skip without it. */
final class SharedData {

    private SharedData() {}

    static Optional<Path> file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/moderation").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
