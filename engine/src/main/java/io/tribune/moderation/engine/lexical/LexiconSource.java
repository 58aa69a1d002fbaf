package io.tribune.moderation.engine.lexical;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the built-in lexicons ({@code lexicons/<lang>/<rule>.txt} next to this engine's resources) and
 * the operator's files of the same names under {@code <dataDir>/lexicons/<lang>/}, which add to them.
 * Per language, {@code sets.txt} defines word sets the other files use (and, as
 * {@code $compound_roots} and {@code $compound_parts}, the pieces of glued profane compounds),
 * {@code allow.txt} lists words
 * never matched, {@code reporting.txt} lists the words of reported speech ("said", "called"), and
 * {@code framing.txt} the words that frame a statement as said or thought ("thinks", "calling"), for judgements.
 */
final class LexiconSource {

    private static final Logger log = LoggerFactory.getLogger(LexiconSource.class);
    private static final String RESOURCES = "/io/tribune/moderation/engine/lexicons/";
    static final List<String> BUILT_IN_LANGUAGES = List.of("en", "ru", "es", "de", "fr", "ar", "it", "pt");
    static final List<RuleId> RULES = List.of(
            RuleId.PROFANITY,
            RuleId.HATE,
            RuleId.MINORS,
            RuleId.EXTREMISM,
            RuleId.NARCOTICS,
            RuleId.SUICIDE,
            RuleId.VIOLENCE_CRUELTY,
            RuleId.INSULT_THREAT,
            RuleId.TROLLING,
            RuleId.PUBLISHER_DISRESPECT,
            RuleId.ADVERTISING,
            RuleId.THIRD_PARTY_PROMO,
            RuleId.SPAM);
    private static final double DEFAULT_WEIGHT = 0.8;

    /** The compiled lexicons and the reported-speech cues, per language. */
    record Loaded(Lexicon lexicon, Lexicon reporting, Lexicon framing, List<String> problems) {}

    static Loaded load(Optional<Path> dataDir, Set<String> extraLanguages) {
        Set<String> languages = new LinkedHashSet<>(BUILT_IN_LANGUAGES);
        languages.addAll(extraLanguages);
        dataDir.map(d -> d.resolve("lexicons")).filter(Files::isDirectory).ifPresent(d -> {
            try (Stream<Path> children = Files.list(d)) {
                children.filter(Files::isDirectory)
                        .forEach(p -> languages.add(p.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Term> terms = new ArrayList<>();
        List<Term> allow = new ArrayList<>();
        List<Term> reporting = new ArrayList<>();
        List<Term> framing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Compounds> compounds = new ArrayList<>();
        for (String language : languages) {
            Map<String, List<Alternative>> sets = new HashMap<>();
            LexiconParser shared = new LexiconParser(RuleId.PROFANITY, language, sets, problems);
            shared.parse(lines(dataDir, language, "sets"), language + "/sets", DEFAULT_WEIGHT);
            if (sets.containsKey("compound_roots") && sets.containsKey("compound_parts")) {
                compounds.add(new Compounds(
                        language, literals(sets.get("compound_roots")), literals(sets.get("compound_parts"))));
            }
            allow.addAll(shared.parse(lines(dataDir, language, "allow"), language + "/allow", 1));
            reporting.addAll(new LexiconParser(RuleId.PROFANITY, language, sets, problems)
                    .parse(lines(dataDir, language, "reporting"), language + "/reporting", 1));
            framing.addAll(new LexiconParser(RuleId.PROFANITY, language, sets, problems)
                    .parse(lines(dataDir, language, "framing"), language + "/framing", 1));
            for (RuleId rule : RULES) {
                LexiconParser parser = new LexiconParser(rule, language, new HashMap<>(sets), problems);
                terms.addAll(
                        parser.parse(lines(dataDir, language, rule.id()), language + "/" + rule.id(), DEFAULT_WEIGHT));
            }
        }
        problems.forEach(p -> log.warn("lexicon: {}", p));
        return new Loaded(
                new Lexicon(terms, allow, compounds),
                new Lexicon(reporting, List.of()),
                new Lexicon(framing, List.of()),
                problems);
    }

    private static Set<String> literals(List<Alternative> alternatives) {
        Set<String> words = new HashSet<>();
        for (Alternative alternative : alternatives) {
            words.add(alternative.literal());
        }
        return Set.copyOf(words);
    }

    /** The built-in lines followed by the operator's lines for one file. */
    private static List<String> lines(Optional<Path> dataDir, String language, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LexiconSource.class.getResourceAsStream(RESOURCES + language + "/" + name + ".txt")) {
            if (in != null) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().forEach(lines::add);
                }
            }
            if (dataDir.isPresent()) {
                Path extra = dataDir.get().resolve("lexicons").resolve(language).resolve(name + ".txt");
                if (Files.isRegularFile(extra)) {
                    lines.addAll(Files.readAllLines(extra, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon " + language + "/" + name + " cannot be read", e);
        }
        return lines;
    }
}
