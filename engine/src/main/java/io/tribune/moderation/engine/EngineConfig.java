package io.tribune.moderation.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an engine is built from: the policies, an optional data folder where the operator adds
 * lexicons, allow-lists, blocklists and trained models, the language identifier, the bounds on work
 * per comment, and shared components such as the activity store that stateful detectors use.
 */
public final class EngineConfig {

    private PolicyBook policies = PolicyBook.defaults();
    private Path dataDir;
    private LanguageIdentifier languages;
    private int maxChars = 20_000;
    private Duration budget = Duration.ofSeconds(1);
    private final Map<Class<?>, Object> components = new HashMap<>();

    public static EngineConfig defaults() {
        return new EngineConfig();
    }

    public EngineConfig policies(PolicyBook policies) {
        this.policies = policies;
        return this;
    }

    /** A folder with operator data (lexicons, blocklists, models); {@code null} for the built-in data only. */
    public EngineConfig dataDir(Path dataDir) {
        this.dataDir = dataDir;
        return this;
    }

    public EngineConfig languages(LanguageIdentifier languages) {
        this.languages = languages;
        return this;
    }

    /** Longer texts are screened on their first {@code maxChars} chars and held for a moderator. */
    public EngineConfig maxChars(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
        return this;
    }

    /**
     * The time budget of one comment's screening; a detector past it fails, and the comment is held.
     * It bounds pathological input, not ordinary latency (comments take well under a millisecond), so
     * it leaves room for garbage-collection pauses on a loaded machine.
     */
    public EngineConfig budget(Duration budget) {
        this.budget = budget;
        return this;
    }

    /** Registers a shared component, e.g. the activity store to use across application nodes. */
    public <T> EngineConfig component(Class<T> type, T component) {
        components.put(type, type.cast(component));
        return this;
    }

    public PolicyBook policies() {
        return policies;
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** The configured identifier, or null when the standard one should be built. */
    public LanguageIdentifier languages() {
        return languages;
    }

    public int maxChars() {
        return maxChars;
    }

    public Duration budget() {
        return budget;
    }

    public <T> Optional<T> component(Class<T> type) {
        return Optional.ofNullable(type.cast(components.get(type)));
    }
}
