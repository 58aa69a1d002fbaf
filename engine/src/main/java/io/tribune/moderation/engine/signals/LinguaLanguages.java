package io.tribune.moderation.engine.signals;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.LanguageIdentifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies the language of a comment with lingua in its low-accuracy mode (trigram models, about
 * 1 MB of heap per language, all loaded when the engine is built, scored on the caller's thread by
 * {@link CallerThreadLingua}), seconded by function-word votes.
 * Links, e-mail addresses, mentions, numbers and quoted passages are set aside first, so that a quoted
 * foreign phrase or a foreign URL does not decide. Thread-safe: lingua's detector is, and the last
 * assessment is kept per thread so that the engine and the wrong-language check share one computation.
 * The loaded models are kept per language set for the JVM (the few last sets), so that rebuilding the
 * engine after a policy save, or for each test, does not read them again.
 */
final class LinguaLanguages implements LanguageIdentifier {

    private static final Logger log = LoggerFactory.getLogger(LinguaLanguages.class);
    private static final int MAX_CHARS = 600;
    private static final int MIN_WORDS = 3;
    private static final Pattern NOISE = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\S+@\\S+|[@#][\\p{L}\\p{N}_]+|\\p{N}+(?:[.,:/-]\\p{N}+)*|[\\p{So}\\p{Sk}\\p{Cs}]");
    private static final Pattern QUOTED = Pattern.compile("«[^»]{1,400}»|„[^“]{1,400}“|\"[^\"]{1,400}\"|“[^”]{1,400}”"
            + "|(?<![\\p{L}])'[^'\\n]{1,400}'(?![\\p{L}])|‘[^’]{1,400}’");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?");
    private static final int KEPT_SETS = 4;
    private static final Map<Set<Language>, CallerThreadLingua> LOADED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<Language>, CallerThreadLingua> eldest) {
            return size() > KEPT_SETS;
        }
    };

    private final CallerThreadLingua detector;
    private final Map<String, Language> languages;
    private final FunctionWords functionWords;
    private final ThreadLocal<Last> last = new ThreadLocal<>();

    private record Last(String text, Set<String> candidates, LanguageEvidence evidence) {}

    LinguaLanguages(Collection<String> codes, FunctionWords functionWords) {
        this.functionWords = functionWords;
        this.languages = new HashMap<>();
        for (String code : new TreeSet<>(codes)) {
            Language language = toLingua(code);
            if (language != null) {
                languages.put(code, language);
            } else {
                log.warn("language '{}' is not known to lingua; it cannot be identified", code);
            }
        }
        this.detector = loaded(Set.copyOf(languages.values()));
    }

    /** lingua's detector and the scoring table for these languages, loaded once while the set is in use. */
    private static CallerThreadLingua loaded(Set<Language> known) {
        synchronized (LOADED) {
            CallerThreadLingua kept = LOADED.get(known);
            if (kept != null) {
                return kept;
            }
            long started = System.nanoTime();
            CallerThreadLingua loaded = new CallerThreadLingua(
                    LanguageDetectorBuilder.fromLanguages(known.toArray(Language[]::new))
                            .withLowAccuracyMode()
                            .build(),
                    known);
            log.info(
                    "language models for {} loaded in {} ms",
                    new TreeSet<>(known.stream()
                            .map(l -> l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT))
                            .toList()),
                    (System.nanoTime() - started) / 1_000_000);
            LOADED.put(known, loaded);
            return loaded;
        }
    }

    /** The loaded models this identifier scores with (shared by identifiers of the same languages). */
    CallerThreadLingua models() {
        return detector;
    }

    @Override
    public Optional<Evidence.Language> identify(String text, Set<String> candidates) {
        LanguageEvidence evidence = assess(text, candidates);
        if (evidence.words() < MIN_WORDS || evidence.likelihood().isEmpty()) {
            return Optional.empty();
        }
        String top = evidence.top();
        String voted = evidence.bestVotedExcept(top);
        // names and loanwords sway trigram models; function words do not
        if (voted != null
                && evidence.votes(voted) >= 2
                && evidence.votes(voted) > 2 * evidence.votes(top)
                && evidence.likelihood(voted) >= 0.9) {
            top = voted;
        }
        return Optional.of(new Evidence.Language(top, confidence(evidence, top)));
    }

    /** How sure the evidence is of this language: its margin over the runner-up, or its share of votes. */
    static double confidence(LanguageEvidence evidence, String language) {
        double runnerUp = evidence.likelihood().entrySet().stream()
                .filter(e -> !e.getKey().equals(language))
                .mapToDouble(Map.Entry::getValue)
                .max()
                .orElse(0);
        double margin = Math.max(0, evidence.likelihood(language) - runnerUp);
        double total = evidence.votes().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double share = total == 0 ? 0 : evidence.votes(language) / total;
        return Math.round(Math.max(margin, share) * 1000) / 1000.0;
    }

    LanguageEvidence assess(String text, Set<String> candidates) {
        Last cached = last.get();
        if (cached != null && cached.text() == text && cached.candidates().equals(candidates)) {
            return cached.evidence();
        }
        LanguageEvidence evidence = compute(text, candidates);
        last.set(new Last(text, candidates, evidence));
        return evidence;
    }

    private LanguageEvidence compute(String text, Set<String> candidates) {
        String bounded = text.length() > MAX_CHARS * 4 ? text.substring(0, MAX_CHARS * 4) : text;
        String cleaned = NOISE.matcher(bounded).replaceAll(" ");
        String unquoted = QUOTED.matcher(cleaned).replaceAll(" ");
        List<String> words = words(unquoted);
        if (words.size() >= MIN_WORDS) {
            cleaned = unquoted;
        } else {
            words = words(cleaned);
        }
        if (words.isEmpty()) {
            return LanguageEvidence.NONE;
        }
        if (cleaned.length() > MAX_CHARS) {
            cleaned = cleaned.substring(0, MAX_CHARS);
        }
        Map<String, Double> likelihood = new HashMap<>();
        detector.confidenceValues(cleaned).forEach((language, value) -> {
            String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            if (candidates.contains(code) && value > 0) {
                likelihood.put(code, value);
            }
        });
        normaliseToTop(likelihood);
        return new LanguageEvidence(words.size(), likelihood, functionWords.votes(lower(words)), scripts(cleaned));
    }

    private static void normaliseToTop(Map<String, Double> likelihood) {
        double top = likelihood.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        if (top > 0 && top != 1) {
            likelihood.replaceAll((k, v) -> v / top);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> lower(List<String> words) {
        return words.stream()
                .map(w -> w.toLowerCase(Locale.ROOT).replace('’', '\''))
                .toList();
    }

    static Map<String, Integer> scripts(String text) {
        Map<String, Integer> scripts = new HashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            String name = switch (script) {
                case LATIN -> "latin";
                case CYRILLIC -> "cyrillic";
                case ARABIC -> "arabic";
                default -> "other";
            };
            scripts.merge(name, 1, Integer::sum);
        });
        return scripts;
    }

    private static Language toLingua(String code) {
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
