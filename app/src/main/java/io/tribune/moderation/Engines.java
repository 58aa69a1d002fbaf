package io.tribune.moderation;

import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.JdbcActivityStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node's one moderation engine, built from the edition policies the first time it is needed (or
 * right after start, in the background, when warming up), with the activity of recent comments kept
 * in the database that every node shares, so flood and flash-mob rules see the whole site. The engine's
 * store creates its own two tables if they are absent (its schema is the engine's, not a migration's).
 */
@Component
class Engines {

    private static final Logger log = LoggerFactory.getLogger(Engines.class);

    private final DataSource dataSource;
    private final ModerationSettings settings;
    private final PolicyBook policies;
    private final AtomicReference<CompletableFuture<Engine>> building = new AtomicReference<>();

    Engines(DataSource dataSource, ModerationSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.policies = settings.policy() == null ? PolicyBook.defaults() : PolicyBook.withOverrides(settings.policy());
    }

    /** The edition policies, read at start (a bad policy file stops the start with its error). */
    PolicyBook policies() {
        return policies;
    }

    /**
     * The engine, built on first use. The build runs on a platform thread of its own and callers wait
     * for it unmounted: a virtual thread that built it would hold the jar file's lock while loading
     * models, and request threads blocked on that lock inside class loading pin every carrier, so the
     * builder could never run again (seen as a hung start from the packaged jar). A failed build is
     * tried again at the next call; meanwhile screening fails closed.
     */
    Engine engine() {
        return startBuilding().join();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (settings.warmUp()) {
            startBuilding();
        }
    }

    private CompletableFuture<Engine> startBuilding() {
        CompletableFuture<Engine> started = building.get();
        if (started != null) {
            return started;
        }
        CompletableFuture<Engine> mine = new CompletableFuture<>();
        if (!building.compareAndSet(null, mine)) {
            return building.get();
        }
        Thread.ofPlatform().daemon().name("moderation-engine-build").start(() -> {
            try {
                mine.complete(build());
            } catch (RuntimeException | Error e) {
                log.error("the moderation engine could not be built; comments are held until it can", e);
                building.compareAndSet(mine, null);
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    private Engine build() {
        long started = System.nanoTime();
        EngineConfig config = EngineConfig.defaults()
                .policies(policies)
                .component(ActivityStore.class, new JdbcActivityStore(dataSource, settings.activityRetention(), true));
        if (settings.dataDir() != null) {
            config.dataDir(settings.dataDir());
        }
        Engine built = Engine.standard(config);
        log.info(
                "moderation engine ready in {} ms (policy {})",
                (System.nanoTime() - started) / 1_000_000,
                built.policies().version());
        return built;
    }
}
