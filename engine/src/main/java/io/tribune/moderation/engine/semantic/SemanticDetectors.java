package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.EncoderChoice;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.RuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the semantic detector for the standard engine: per edition, the configured encoder (the shipped
 * English model unless the policy says otherwise) and heads — read from {@code semantic/heads-EDITION.json}
 * in the data folder when the operator trained them, else trained at start-up on the built-in examples of
 * the edition's language and the labelled comments registered in {@link SemanticSetup}. A model folder
 * that is missing or unusable stops the engine with an error naming the file; an edition whose language
 * the encoder does not cover keeps the lexical engine alone, and its status says so.
 */
public final class SemanticDetectors {

    private static final Logger log = LoggerFactory.getLogger(SemanticDetectors.class);
    private static final String RESOURCES = "/io/tribune/moderation/engine/";

    /** Heads trained on the built-in examples alone, by encoder instance and language: the same for every engine. */
    private static final Map<String, SemanticHeads> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private SemanticDetectors() {}

    public static SemanticDetector create(EngineConfig config) {
        SemanticSetup setup = config.component(SemanticSetup.class).orElseGet(SemanticSetup::new);
        Path dataDir = config.dataDir().orElse(null);
        Map<String, SemanticDetector.EditionModel> models = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, SemanticHeads> trained = new LinkedHashMap<>(); // by encoder and language
        for (String edition : config.policies().editions()) {
            Policy policy = config.policies().policyFor(edition);
            EncoderChoice choice = policy.encoder();
            if (choice.isNone()) {
                status.put(edition, "lexical engine alone: no sentence encoder configured");
                continue;
            }
            SentenceEncoder encoder = setup.encoder(choice, dataDir);
            String language = policy.language();
            if (!encoder.covers(language)) {
                status.put(
                        edition,
                        "lexical engine alone: the sentence encoder " + encoder.name() + " covers "
                                + encoder.languages() + ", not " + language
                                + " (configure a multilingual model folder for this edition)");
                continue;
            }
            Optional<Path> saved = dataDir == null
                    ? Optional.empty()
                    : Optional.of(dataDir.resolve("semantic").resolve("heads-" + edition + ".json"))
                            .filter(Files::isRegularFile);
            SemanticHeads heads;
            if (saved.isPresent()) {
                heads = SemanticHeads.load(saved.get(), encoder);
            } else {
                List<Labelled> extra = setup.training(language);
                Map<String, SemanticHeads> cache = extra.isEmpty() ? BUILT_IN : trained;
                heads = cache.computeIfAbsent(
                        encoder.name() + "|" + System.identityHashCode(encoder) + "|" + language, key -> {
                            long started = System.nanoTime();
                            List<Labelled> examples = SemanticSetup.concat(builtIn(language), extra);
                            SemanticHeads h = SemanticHeads.train(encoder, examples);
                            log.info(
                                    "semantic heads for {} on {} trained on {} examples in {} ms",
                                    language,
                                    encoder.name(),
                                    examples.size(),
                                    (System.nanoTime() - started) / 1_000_000);
                            return h;
                        });
            }
            models.put(edition, new SemanticDetector.EditionModel(encoder, heads));
            status.put(
                    edition,
                    "semantic heads on " + encoder.name() + " (dimension " + encoder.dimension() + ", "
                            + heads.rules().size() + " rules + off_topic)");
        }
        return new SemanticDetector(models, status);
    }

    /** The built-in labelled examples of a language: the semantic examples and the classifier's defaults. */
    public static List<Labelled> builtIn(String language) {
        List<Labelled> all = new ArrayList<>();
        read(RESOURCES + "semantic/examples-" + language + ".jsonl", "", all);
        read(RESOURCES + "learning/default-" + language + ".jsonl", "default-" + language + "-", all);
        return all;
    }

    private static void read(String resource, String idPrefix, List<Labelled> into) {
        InputStream in = SemanticDetectors.class.getResourceAsStream(resource);
        if (in == null) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String label = node.path("label").asString("ok");
                RuleId rule = label.equals("ok") ? null : RuleId.fromId(label).orElse(null);
                if (rule == null && !label.equals("ok")) {
                    continue;
                }
                JsonNode article = node.path("article");
                into.add(new Labelled(
                        node.path("id").asString(idPrefix + number),
                        node.path("text").asString(""),
                        rule,
                        article.isObject()
                                ? new ArticleText(
                                        article.path("title").asString(""),
                                        article.path("lead").asString(""),
                                        "")
                                : ArticleText.NONE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
