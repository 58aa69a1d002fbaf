package io.tribune.moderation.engine.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The bait and brand words that phishing hosts are assembled from, e.g. {@code gov-uk-rebate}. */
final class HostWords {

    private final Set<String> bait = new HashSet<>();
    private final Set<String> brands = new HashSet<>();
    private final Set<String> official = new HashSet<>();

    static HostWords builtIn() {
        HostWords words = new HostWords();
        try (InputStream in = HostWords.class.getResourceAsStream("suspicious-host-words.txt")) {
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] parts = l.split("\t");
                        (switch (parts[0]) {
                                    case "brand" -> words.brands;
                                    case "official" -> words.official;
                                    default -> words.bait;
                                })
                                .add(parts[1]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * How suspect the host's name is: 0 for none, 1 for one bait word next to a brand or two bait
     * words, 2 for more, and 0 under a suffix only public bodies can register ({@code service.gov.uk}), where
     * the words name services. The top-level domain and {@code www} are not read.
     */
    int suspicion(Link link) {
        if (official.stream().anyMatch(link::isUnder)) {
            return 0;
        }
        String[] labels = link.host().split("\\.");
        int bait = 0;
        int brand = 0;
        for (int i = 0; i < labels.length - 1; i++) {
            for (String word : labels[i].split("[-_]")) {
                if (this.bait.contains(word)) {
                    bait++;
                } else if (brands.contains(word)) {
                    brand++;
                }
            }
        }
        int score = bait + Math.min(brand, 1);
        return score >= 3 ? 2 : score >= 2 && bait >= 1 ? 1 : 0;
    }
}
