package io.tribune.moderation;

import io.tribune.discussion.CommentModerated;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.QueuedComment;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moderators' approvals and rejections teach the engine: the edition's n-gram classifier learns each at
 * once, and every so many decisions in a language ({@code tribune.moderation.retrain-after}) the semantic
 * heads of its editions are trained again with all of them and the rebuilt engine takes over. With a data
 * folder the decisions are kept in {@code semantic/decisions-EDITION.jsonl} (the format of {@code
 * train-semantic}) and learnt from again after a restart, and the classifiers that learnt are saved at
 * shutdown ({@code models/EDITION.model}). Whatever is learnt, a learned score alone still
 * only holds a comment: that is the engine's rule. Runs after the decision is committed, on a thread of
 * its own, so the moderator never waits for a retrain.
 */
@Component
class LearningFromModerators implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LearningFromModerators.class);
    private static final String OK = "ok";

    private final Engines engines;
    private final CommentQueue comments;
    private final ModerationSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService learner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("moderation-learning").factory());

    /** By language, the decided comments by id: a later decision on a comment replaces the earlier one. */
    private final Map<String, Map<String, Labelled>> decided = new HashMap<>();

    private final Map<String, Integer> sinceTraining = new HashMap<>();

    /** The editions whose n-gram classifier learnt something since start, saved at shutdown. */
    private final Set<String> taught = ConcurrentHashMap.newKeySet();

    LearningFromModerators(Engines engines, CommentQueue comments, ModerationSettings settings) {
        this.engines = engines;
        this.comments = comments;
        this.settings = settings;
        readKeptDecisions();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void learn(CommentModerated moderated) {
        learner.execute(() -> {
            try {
                teach(moderated);
            } catch (RuntimeException e) {
                log.warn("could not learn from the decision on comment {}", moderated.commentId(), e);
            }
        });
    }

    private void teach(CommentModerated moderated) {
        String edition = moderated.edition();
        Optional<String> label = label(moderated);
        Optional<QueuedComment> comment = comments.find(edition, moderated.commentId());
        if (label.isEmpty() || comment.isEmpty() || !engines.policies().covers(edition)) {
            return;
        }
        String text = comment.get().body();
        engines.classifiers().learn(edition, text, label.get());
        taught.add(edition);
        Labelled labelled = new Labelled(
                "decision-" + moderated.commentId(),
                text,
                RuleId.fromId(label.get()).orElse(null),
                new ArticleText(comment.get().articleTitle(), "", ""));
        keep(edition, labelled);
        String language = engines.policies().policyFor(edition).language();
        decided.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(labelled.id(), labelled);
        int count = sinceTraining.merge(language, 1, Integer::sum);
        if (count >= settings.retrainAfter() && readsMeaning(language)) {
            sinceTraining.put(language, 0);
            List<Labelled> all = List.copyOf(decided.get(language).values());
            log.info("training the semantic heads of {} again, with {} moderator decisions", language, all.size());
            engines.retrain(language, all);
        }
    }

    /** {@code ok} for an approval, the rule for a rejection under a rule the engine knows. */
    private static Optional<String> label(CommentModerated moderated) {
        if (moderated.after() == CommentStatus.PUBLISHED) {
            return Optional.of(OK);
        }
        if (moderated.after() == CommentStatus.REJECTED && moderated.rule() != null) {
            return RuleId.fromId(moderated.rule()).map(RuleId::id);
        }
        return Optional.empty();
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

    private void keep(String edition, Labelled labelled) {
        Path dataDir = settings.dataDir();
        if (dataDir == null) {
            return;
        }
        ObjectNode line = json.createObjectNode();
        line.put("id", labelled.id());
        line.put("text", labelled.text());
        line.put("label", labelled.rule() == null ? OK : labelled.rule().id());
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
            log.warn("could not keep the decision on {} in {}", labelled.id(), file, e);
        }
    }

    private void readKeptDecisions() {
        Path dataDir = settings.dataDir();
        if (dataDir == null) {
            return;
        }
        for (String edition : engines.policies().editions()) {
            Path file = decisionsFile(dataDir, edition);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String language = engines.policies().policyFor(edition).language();
            Map<String, Labelled> kept = decided.computeIfAbsent(language, l -> new LinkedHashMap<>());
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.filter(l -> !l.isBlank()).forEach(l -> {
                    JsonNode node = json.readTree(l);
                    String label = node.path("label").asString(OK);
                    Labelled labelled = new Labelled(
                            node.path("id").asString(),
                            node.path("text").asString(""),
                            RuleId.fromId(label).orElse(null),
                            new ArticleText(node.path("article").path("title").asString(""), "", ""));
                    kept.put(labelled.id(), labelled);
                });
            } catch (IOException | RuntimeException e) {
                log.warn("could not read the kept moderator decisions in {}", file, e);
            }
        }
        decided.forEach((language, kept) -> engines.learnFrom(language, new ArrayList<>(kept.values())));
    }

    static Path decisionsFile(Path dataDir, String edition) {
        return dataDir.resolve("semantic").resolve("decisions-" + edition + ".jsonl");
    }

    @Override
    public void destroy() {
        learner.shutdown();
        if (settings.dataDir() == null) {
            return;
        }
        for (String edition : taught) {
            try {
                engines.classifiers().save(edition);
            } catch (IOException | RuntimeException e) {
                log.warn("could not save the classifier of edition {}", edition, e);
            }
        }
    }
}
