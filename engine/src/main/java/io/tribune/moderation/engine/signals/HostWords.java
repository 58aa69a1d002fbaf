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

    /**
     * Suffixes under which only public bodies, universities and schools can register a name: there the
     * bait words are the names of services ({@code check-for-flooding.service.gov.uk}). A phishing host
     * imitates them in front of its own domain ({@code gov-uk-refund.example}) and stays suspect.
     */
    private static final Set<String> OFFICIAL = Set.of(
            "gov",
            "mil",
            "edu",
            "int",
            "gov.uk",
            "nhs.uk",
            "police.uk",
            "ac.uk",
            "sch.uk",
            "mod.uk",
            "parliament.uk",
            "gouv.fr",
            "gob.es",
            "bund.de",
            "gv.at",
            "admin.ch",
            "europa.eu",
            "gov.ie",
            "gov.au",
            "gc.ca",
            "govt.nz",
            "gov.ru",
            "gov.sa",
            "gov.ae",
            "gov.eg",
            "gov.ma",
            "gov.jo",
            "gov.qa",
            "gob.mx",
            "gob.ar",
            "gov.br");

    private final Set<String> bait = new HashSet<>();
    private final Set<String> brands = new HashSet<>();

    static HostWords builtIn() {
        HostWords words = new HostWords();
        try (InputStream in = HostWords.class.getResourceAsStream("suspicious-host-words.txt")) {
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] parts = l.split("\t");
                        (parts[0].equals("brand") ? words.brands : words.bait).add(parts[1]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * How suspect the host's name is: 0 for none, 1 for one bait word next to a brand or two bait
     * words, 2 for more. The top-level domain and {@code www} are not read.
     */
    int suspicion(String host) {
        if (isOfficial(host)) {
            return 0;
        }
        String[] labels = host.split("\\.");
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

    private static boolean isOfficial(String host) {
        String name = host.toLowerCase(java.util.Locale.ROOT);
        for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
            if (OFFICIAL.contains(name.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}
