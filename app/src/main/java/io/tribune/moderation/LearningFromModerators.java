package io.tribune.moderation;

import io.tribune.discussion.CommentModerated;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.semantic.Labelled;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moderators' approvals and rejections teach the engine of every node. The decisions are read from the
 * database (the audit log every node shares): at start each edition's latest ones ({@code
 * tribune.moderation.learn-from-latest}), then those recorded since, every {@code learn-every} and at once
 * after a decision made on this node, so all nodes converge on the same training set and a restart loses
 * nothing. The edition's n-gram classifiers learn each decision, after being scored on it first (the
 * figures of {@link #quality}): a rejection for a rule of meaning teaches the meaning model, any other the
 * trained model, an approval both, and every {@code retrain-after} decisions in a language the semantic heads
 * of its editions are trained again with all of them and the rebuilt engine takes over. With a data folder
 * the decisions learnt are also written to {@code semantic/decisions-EDITION.jsonl}, the format of {@code
 * train-semantic}, for an operator who retrains saved heads. Whatever is learnt, a learned score alone
 * still only holds a comment: that is the engine's rule. Runs on a thread of its own, so no moderator
 * waits for a retrain.
 */
@Component
class LearningFromModerators implements DisposableBean {

    /** How many of an edition's latest decisions the quality figures are on. */
    static final int WINDOW = 200;

    /**
     * How far before the newest entry seen each poll looks again: an entry whose transaction committed
     * after a later one's is still found (entries already learnt are skipped).
     */
    private static final int OVERLAP = 100;

    private static final int BATCH = 500;
    private static final int REMEMBERED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LearningFromModerators.class);

    private final Engines engines;
    private final ModeratorDecisions decisions;
    private final ModerationSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService learner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("moderation-learning").factory());

    /** By language, the decided comments by id: a later decision on a comment replaces the earlier one. */
    private final Map<String, Map<String, Labelled>> decided = new HashMap<>();

    private final Map<String, Integer> sinceTraining = new HashMap<>();
    private final Map<String, PrequentialWindow> windows = new ConcurrentHashMap<>();

    /** The audit entries learnt, the latest {@link #REMEMBERED}, so that the overlap of polls is skipped. */
    private final Set<Long> learnt = new LinkedHashSet<>();

    private long newestSeen = -1;

    LearningFromModerators(Engines engines, ModeratorDecisions decisions, ModerationSettings settings) {
        this.engines = engines;
        this.decisions = decisions;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        catchUpLater();
    }

    /** A decision made on this node is learnt at once, with any made elsewhere since the last look. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void learn(CommentModerated moderated) {
        catchUpLater();
    }

    @Scheduled(
            fixedDelayString = "${tribune.moderation.learn-every:30s}",
            initialDelayString = "${tribune.moderation.learn-every:30s}")
    void poll() {
        catchUpLater();
    }

    private void catchUpLater() {
        learner.execute(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                log.warn("could not learn from the moderators' latest decisions", e);
            }
        });
    }

    /**
     * Learns the decisions recorded since the last look, on any node; the first time, each edition's
     * latest ones. Runs on the caller's thread.
     */
    synchronized void catchUp() {
        if (newestSeen < 0) {
            startFromDatabase();
            return;
        }
        Set<String> languages = new HashSet<>();
        long from = Math.max(0, newestSeen - OVERLAP);
        while (true) {
            List<ModeratorDecisions.Made> found = decisions.after(from, BATCH);
            for (ModeratorDecisions.Made made : found) {
                newestSeen = Math.max(newestSeen, made.id());
                teach(made).ifPresent(languages::add);
            }
            if (found.size() < BATCH) {
                break;
            }
            from = found.getLast().id();
        }
        for (String language : languages) {
            int count = sinceTraining.getOrDefault(language, 0);
            if (count >= settings.retrainAfter()) {
                retrain(language);
            }
        }
    }

    private void startFromDatabase() {
        long newest = decisions.newest();
        List<ModeratorDecisions.Made> latest = new ArrayList<>();
        for (String edition : engines.policies().editions()) {
            latest.addAll(decisions.latest(edition, settings.learnFromLatest(), newest));
        }
        latest.sort(Comparator.comparingLong(ModeratorDecisions.Made::id));
        rewriteExports();
        Set<String> languages = new HashSet<>();
        for (ModeratorDecisions.Made made : latest) {
            teach(made).ifPresent(languages::add);
        }
        newestSeen = newest;
        if (!latest.isEmpty()) {
            log.info("learnt from {} moderator decisions in the database", latest.size());
        }
        languages.forEach(this::retrain);
    }

    /** Teaches the decision to its edition's classifier, once; the language it counts for, if taught. */
    private Optional<String> teach(ModeratorDecisions.Made made) {
        String edition = made.edition();
        if (made.label() == null || !engines.policies().covers(edition) || !remember(made.id())) {
            return Optional.empty();
        }
        String text = made.text();
        if (text == null) {
            return Optional.empty();
        }
        String expected = PrequentialWindow.expected(engines.classifiers().classify(edition, text));
        window(edition).record(expected, made.label());
        engines.classifiers().learn(edition, text, made.label());
        Labelled labelled = new Labelled(
                "decision-" + made.commentId(),
                text,
                RuleId.fromId(made.label()).orElse(null),
                new ArticleText(made.articleTitle(), "", ""));
        export(edition, labelled);
        String language = engines.policies().policyFor(edition).language();
        decided.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(labelled.id(), labelled);
        sinceTraining.merge(language, 1, Integer::sum);
        return Optional.of(language);
    }

    private boolean remember(long auditId) {
        if (!learnt.add(auditId)) {
            return false;
        }
        if (learnt.size() > REMEMBERED) {
            learnt.remove(learnt.iterator().next());
        }
        return true;
    }

    private void retrain(String language) {
        sinceTraining.put(language, 0);
        if (!readsMeaning(language)) {
            return;
        }
        List<Labelled> all = List.copyOf(decided.get(language).values());
        log.info("training the semantic heads of {} again, with {} moderator decisions", language, all.size());
        engines.retrain(language, all);
    }

    private PrequentialWindow window(String edition) {
        return windows.computeIfAbsent(edition, e -> new PrequentialWindow(e, WINDOW));
    }

    /**
     * Per edition the engine screens, how well its learned classifier foresaw the latest moderator
     * decisions before learning each.
     */
    Map<String, LearningQuality> quality() {
        Map<String, LearningQuality> quality = new TreeMap<>();
        for (String edition : engines.policies().editions()) {
            quality.put(edition, window(edition).quality());
        }
        return quality;
    }

    /**
     * Whether retraining would change how an edition of the language is screened: heads screen it, and
     * they are not heads an operator saved (those are read as they are; {@code train-semantic} retrains them).
     */
    private boolean readsMeaning(String language) {
        return engines.policies().editions().stream()
                .filter(e -> engines.policies().policyFor(e).language().equals(language))
                .filter(e -> settings.dataDir() == null
                        || !Files.isRegularFile(
                                settings.dataDir().resolve("semantic").resolve("heads-" + e + ".json")))
                .anyMatch(e -> engines.engine().readsMeaning(e));
    }

    /** Empties the exported decisions of every edition: the node writes again what it learns from the database. */
    private void rewriteExports() {
        if (settings.dataDir() == null) {
            return;
        }
        for (String edition : engines.policies().editions()) {
            try {
                Files.deleteIfExists(decisionsFile(settings.dataDir(), edition));
            } catch (IOException e) {
                log.warn("could not empty the exported decisions of edition {}", edition, e);
            }
        }
    }

    private void export(String edition, Labelled labelled) {
        Path dataDir = settings.dataDir();
        if (dataDir == null) {
            return;
        }
        ObjectNode line = json.createObjectNode();
        line.put("id", labelled.id());
        line.put("text", labelled.text());
        line.put(
                "label",
                labelled.rule() == null
                        ? ModeratorDecisions.OK
                        : labelled.rule().id());
        line.putObject("article").put("title", labelled.article().title());
        Path file = decisionsFile(dataDir, edition);
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        } catch (IOException e) {
            log.warn("could not export the decision on {} to {}", labelled.id(), file, e);
        }
    }

    static Path decisionsFile(Path dataDir, String edition) {
        return dataDir.resolve("semantic").resolve("decisions-" + edition + ".jsonl");
    }

    @Override
    public void destroy() {
        learner.shutdownNow();
    }
}
