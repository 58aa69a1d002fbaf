package io.tribune.moderation.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared moderation data (labelled sets and public corpora, never in the repository), found in
 * {@code shared/data/moderation} above the working folder; the tests that read it skip without it.
 */
public final class SharedData {

    private SharedData() {}

    /** The file or folder at {@code relative} inside the shared moderation data, when it is there. */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/moderation").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
