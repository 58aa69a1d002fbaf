package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.text.ProtectedGroups;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in models: trained at first use from the examples we wrote for each language
 * ({@code default-<language>.jsonl} next to this class) and shared by every engine in the process. A few
 * hundred short lines train in tens of milliseconds, so nothing precomputed has to be shipped or kept
 * in step with the code.
 */
final class DefaultModels {

    /** The labels every built-in model knows: acceptable, and the rules whose wording a classifier can learn. */
    static final List<String> LABELS =
            List.of(Classifier.OK, "spam", "advertising", "third_party_promo", "insult_threat", "trolling", "hate");

    /** The labels of the built-in conduct model: those above but hate, which a model of its own reports. */
    static final List<String> CONDUCT_LABELS =
            LABELS.stream().filter(label -> !label.equals("hate")).toList();

    /**
     * The labels of the built-in meaning model: acceptable, and the rules of meaning, learnt by a model of their
     * own from {@code meaning-<language>.jsonl} and the acceptable lines of {@code default-<language>.jsonl}. In
     * one softmax with the rules above they drew probability away from hate ("Juden sollte man alle
     * erschießen." fell below every threshold), so each model divides its probability only among rules that
     * rarely share a comment.
     */
    static final List<String> MEANING_LABELS = List.of(
            Classifier.OK, "minors", "extremism", "violence_cruelty", "suicide", "narcotics", "publisher_disrespect");

    /** 2^16 hashed features: plenty for a few thousand distinct n-grams, 1.8 MB of weights for seven labels. */
    static final int BITS = 16;

    static final int EPOCHS = 40;

    /**
     * Gentler than for a large file, with a penalty that keeps probabilities moderate: measured on the
     * devset, this is where the built-in model stops flagging acceptable comments yet still reaches spam.
     */
    private static final double FIRST_RATE = 3;

    private static final double L2 = 3e-4;

    private DefaultModels() {}

    /** By kind, then language; not an EnumMap, whose making would initialise ModelKind, which reads our labels. */
    private static final Map<ModelKind, Map<String, Optional<Classifier>>> SHARED = new ConcurrentHashMap<>();

    /** Read once per language: every built-in model of a language trains on them. */
    private static final Map<String, List<Example>> EXAMPLES = new ConcurrentHashMap<>();

    /**
     * The built-in model of a kind for a language, trained once per process and shared: callers must not let it
     * learn (see {@link #isShared}); empty when we wrote no examples for it.
     */
    static Optional<Classifier> shared(ModelKind kind, String language) {
        return SHARED.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> train(kind, l));
    }

    static boolean isShared(Classifier classifier) {
        return SHARED.values().stream()
                .flatMap(models -> models.values().stream())
                .anyMatch(c -> c.isPresent() && c.get() == classifier);
    }

    /** A newly trained built-in model of a kind for a language, or empty when we wrote no examples for it. */
    static Optional<Classifier> train(ModelKind kind, String language) {
        return train(examples(kind, language), kind.labels());
    }

    /** The examples a built-in model of a kind learns from. */
    static List<Example> examples(ModelKind kind, String language) {
        return switch (kind) {
            case CONDUCT -> conductExamples(language);
            case HATE -> hateExamples(language);
            case MEANING -> meaningExamples(language);
        };
    }

    private static Optional<Classifier> train(List<Example> examples, List<String> labels) {
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Classifier.train(examples, labels, BITS, EPOCHS, FIRST_RATE, L2));
    }

    /**
     * The built-in examples of a language (empty when there are none), with counterfactual copies: an example
     * that names a protected group of the language is repeated naming each of the others, the copies sharing
     * its weight, so that no group's name is evidence for any rule ("Les femmes sont belles." was held for hate
     * while nearly every example naming a group was hateful).
     */
    static List<Example> examples(String language) {
        return EXAMPLES.computeIfAbsent(
                language, l -> List.copyOf(withCounterfactuals(written("default-", l), ProtectedGroups.of(l))));
    }

    /**
     * The examples of a language's conduct model, with counterfactual copies: the built-in examples but those of
     * hate, and those we wrote for the conduct rules alone ({@code conduct-<language>.jsonl}: violations, near
     * misses and everyday comments), which in the model that reports hate drew its probability down.
     */
    static List<Example> conductExamples(String language) {
        List<Example> all = new ArrayList<>();
        examples(language).stream()
                .filter(example -> CONDUCT_LABELS.contains(example.label()))
                .forEach(all::add);
        all.addAll(withCounterfactuals(written("conduct-", language), ProtectedGroups.of(language)));
        return all;
    }

    /**
     * The examples of a language's hate model, with counterfactual copies: every built-in example, and those we
     * wrote for hate alone ({@code hate-<language>.jsonl}: hateful comments about groups, and as many acceptable
     * ones naming the same groups: news, praise, counter-speech, negated hate, criticism of policies).
     */
    static List<Example> hateExamples(String language) {
        List<Example> all = new ArrayList<>(examples(language));
        all.addAll(withCounterfactuals(written("hate-", language), ProtectedGroups.of(language)));
        return all;
    }

    /**
     * The examples of a language's meaning model, with counterfactual copies: those we wrote for the rules of
     * meaning ({@code meaning-<language>.jsonl}: violations, near misses and everyday comments) and every
     * acceptable example of the built-in model; empty when there are no meaning examples. They are kept apart
     * from {@link #examples}, whose model they would change: hundreds more acceptable comments lowered its
     * probability of hate for the hateful identity statements it blocked.
     */
    static List<Example> meaningExamples(String language) {
        List<Example> meaning = withCounterfactuals(written("meaning-", language), ProtectedGroups.of(language));
        if (meaning.isEmpty()) {
            return List.of();
        }
        List<Example> all = new ArrayList<>(meaning);
        examples(language).stream()
                .filter(example -> example.label().equals(Classifier.OK))
                .forEach(all::add);
        return all;
    }

    static List<Example> withCounterfactuals(List<Example> examples, ProtectedGroups groups) {
        return groups.expand(
                examples,
                Example::text,
                Example::weight,
                (example, swap, weight) -> example.copy(swap == null ? example.text() : swap.text(), weight));
    }

    /** The examples we wrote for a language in one file ({@code <prefix><language>.jsonl}), as written. */
    private static List<Example> written(String prefix, String language) {
        InputStream stream = DefaultModels.class.getResourceAsStream(prefix + language + ".jsonl");
        if (stream == null) {
            return List.of();
        }
        try (InputStreamReader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            TrainingFile.Contents contents = TrainingFile.read(reader);
            if (!contents.problems().isEmpty()) {
                throw new IllegalStateException("built-in examples " + prefix + language + ": " + contents.problems());
            }
            return contents.examples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
