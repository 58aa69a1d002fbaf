package io.tribune.moderation;

import io.tribune.moderation.engine.EncoderChoice;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.learning.EditionClassifiers;
import io.tribune.moderation.engine.semantic.EncoderException;
import io.tribune.moderation.engine.semantic.Labelled;
import io.tribune.moderation.engine.semantic.OnnxSentenceEncoder;
import io.tribune.moderation.engine.semantic.SemanticHeads;
import io.tribune.moderation.engine.semantic.SemanticSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Sentence encoders named by a model folder are opened at start, so that a misconfigured folder stops
 * the start with the file it lacks; the encoders and the n-gram classifiers outlive a rebuilt engine,
 * which replaces the running one at once when moderators' decisions retrain its heads.
 */
@Component
class Engines {

    private static final Logger log = LoggerFactory.getLogger(Engines.class);

    private final ModerationSettings settings;
    private volatile PolicyBook policies;
    private final SemanticSetup semantic = new SemanticSetup();
    private final EditionClassifiers classifiers;
    private final AtomicReference<CompletableFuture<Engine>> building = new AtomicReference<>();
    private final ActivityKeptWithComments activity;

    Engines(DataSource dataSource, ModerationSettings settings) {
        this.settings = settings;
        this.activity = new ActivityKeptWithComments(dataSource, settings.activityRetention());
        this.policies = settings.policy() == null ? PolicyBook.defaults() : PolicyBook.withOverrides(settings.policy());
        this.classifiers = EditionClassifiers.open(base());
        openModelFolders();
    }

    /** The edition policies, read at start (a bad policy file stops the start with its error). */
    PolicyBook policies() {
        return policies;
    }

    /**
     * Screens with {@code book} from now on: the running engine, if one was built, is replaced by one built
     * on it (an administrator saved an edition's policy). Runs on the caller's thread.
     */
    synchronized void usePolicies(PolicyBook book) {
        policies = book;
        if (building.get() != null) {
            building.set(CompletableFuture.completedFuture(build()));
        }
    }

    /** The recent activity the engine's stateful rules compare comments with, as the screening keeps it. */
    ActivityKeptWithComments activity() {
        return activity;
    }

    /** The n-gram classifiers the engine shares with the learning from moderators' decisions. */
    EditionClassifiers classifiers() {
        return classifiers;
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

    /**
     * Builds an engine whose semantic heads of {@code language} also learn from these labelled comments,
     * and puts it in place of the running one once it is ready (screening goes on meanwhile). Runs on the
     * caller's thread.
     */
    void retrain(String language, List<Labelled> comments) {
        learnFrom(language, comments);
        Engine rebuilt = build();
        building.set(CompletableFuture.completedFuture(rebuilt));
    }

    /** The next engine built trains the semantic heads of {@code language} on these comments too. */
    void learnFrom(String language, List<Labelled> comments) {
        semantic.training(language, comments);
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

    private EngineConfig base() {
        EngineConfig config = EngineConfig.defaults().policies(policies);
        if (settings.dataDir() != null) {
            config.dataDir(settings.dataDir());
        }
        return config;
    }

    private synchronized Engine build() {
        long started = System.nanoTime();
        EngineConfig config = base().component(ActivityStore.class, activity)
                .component(SemanticSetup.class, semantic)
                .component(EditionClassifiers.class, classifiers);
        Engine built = Engine.standard(config);
        log.info(
                "moderation engine ready in {} ms (policy {})",
                (System.nanoTime() - started) / 1_000_000,
                built.policies().version());
        built.semanticStatus().forEach((edition, status) -> log.info("moderation edition {}: {}", edition, status));
        return built;
    }

    /**
     * Opens, now, the encoder of every edition that names a model folder, and checks the heads an
     * operator saved for an edition against its encoder: an {@link EncoderException} naming the file stops
     * the start (reported by {@link EncoderFailureAnalyzer}) rather than the first comment's screening.
     */
    private void openModelFolders() {
        Set<String> opened = new HashSet<>();
        for (String edition : policies.editions()) {
            Policy policy = policies.policyFor(edition);
            EncoderChoice choice = policy.encoder();
            if (choice.isNone() || choice.isShipped() || !opened.add(choice.model())) {
                continue;
            }
            Path folder = Path.of(choice.model());
            if (!folder.isAbsolute() && settings.dataDir() != null) {
                folder = settings.dataDir().resolve(folder);
            }
            Set<String> languages = choice.languages().isEmpty() ? null : Set.copyOf(choice.languages());
            OnnxSentenceEncoder encoder = OnnxSentenceEncoder.open(folder, languages);
            semantic.encoder(choice.model(), encoder);
            Path heads = settings.dataDir() == null
                    ? null
                    : settings.dataDir().resolve("semantic").resolve("heads-" + edition + ".json");
            if (heads != null && Files.isRegularFile(heads) && encoder.covers(policy.language())) {
                SemanticHeads.load(heads, encoder);
            }
        }
    }

    /** Per edition, what screens it for meaning, or why the lexical engine works alone. */
    Map<String, String> semanticStatus() {
        return engine().semanticStatus();
    }
}
