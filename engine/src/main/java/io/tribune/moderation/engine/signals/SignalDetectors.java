package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.ArticleCloseness;
import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.LanguageIdentifier;
import io.tribune.moderation.engine.Policy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds this package's detectors for the standard engine: personal data, link policy, malicious links,
 * style, language and relatedness; and the language identifier they share with the engine.
 */
public final class SignalDetectors {

    private SignalDetectors() {}

    public static List<Detector> create(EngineConfig config, LanguageIdentifier languages) {
        return create(config, languages, ArticleCloseness.NONE);
    }

    /** The same, with the closeness in meaning of a comment to its article that the editions' encoders measure. */
    public static List<Detector> create(EngineConfig config, LanguageIdentifier languages, ArticleCloseness closeness) {
        List<Detector> detectors = new ArrayList<>();
        detectors.add(new PersonalDataDetector(
                new StreetAddresses(Phrases.resource("residence.txt")),
                Phrases.resource("helplines.txt"),
                Phrases.resource("correspondence.txt")));
        detectors.add(new LinkPolicyDetector(
                lines("shorteners.txt"), Phrases.resource("pitches.txt"), Phrases.resource("self-promotion.txt")));
        detectors.add(new MalwareLinkDetector(
                Blocklist.load(config.dataDir()),
                LookAlikeHosts.builtIn(),
                HostWords.builtIn(),
                Phrases.resource("lures.txt")));
        detectors.add(new StyleDetector());
        detectors.add(new RelatednessDetector(
                new Terms(FunctionWords.builtIn()),
                Phrases.resource("off-topic.txt"),
                Phrases.resource("questions.txt"),
                closeness));
        if (languages instanceof LinguaLanguages lingua) {
            detectors.add(new WrongLanguageDetector(lingua));
        } else if (languages != null && languages != LanguageIdentifier.NONE) {
            detectors.add(new IdentifiedLanguageDetector());
        }
        return detectors;
    }

    /** Lingua over every candidate language of every edition, models loaded now rather than per comment. */
    public static LanguageIdentifier languageIdentifier(EngineConfig config) {
        Set<String> codes = new TreeSet<>();
        for (String edition : config.policies().editions()) {
            Policy policy = config.policies().policyFor(edition);
            codes.addAll(policy.candidateLanguages());
            codes.add(policy.language());
        }
        return new LinguaLanguages(codes, FunctionWords.builtIn());
    }

    static Set<String> lines(String resource) {
        try (InputStream in = SignalDetectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
