package io.tribune.moderation.engine.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counterfactual copies of training examples: an example that names a protected group is repeated naming
 * each of the other groups of its language, the copies sharing the original's weight. Every group then
 * appears as often on each side of every rule, so a head cannot learn that naming a group is itself a
 * sign of hatred (the n-gram classifier did: "Women are beautiful." was rejected).
 */
final class Counterfactuals {

    private Counterfactuals() {}

    static List<String> groups(String language) {
        InputStream in = Counterfactuals.class.getResourceAsStream(
                "/io/tribune/moderation/engine/semantic/groups-" + language + ".txt");
        if (in == null) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    /** The examples with the copies added; examples naming no group are kept as they are. */
    static List<Labelled> expand(List<Labelled> examples, List<String> groups) {
        if (groups.isEmpty()) {
            return examples;
        }
        List<String> sorted = new ArrayList<>(groups);
        sorted.sort((a, b) -> b.length() - a.length()); // "gay people" before "people"-like overlaps
        StringBuilder alternatives = new StringBuilder();
        for (String group : sorted) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(group));
        }
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Labelled> all = new ArrayList<>();
        for (Labelled example : examples) {
            Matcher matcher = pattern.matcher(example.text());
            if (!matcher.find()) {
                all.add(example);
                continue;
            }
            String named = matcher.group(1);
            double weight = example.weight() / groups.size();
            all.add(example.copy(example.id(), example.text(), weight));
            for (String other : groups) {
                if (other.equalsIgnoreCase(named)) {
                    continue;
                }
                String text = pattern.matcher(example.text())
                        .replaceAll(m -> Matcher.quoteReplacement(casedLike(m.group(1), other)));
                all.add(example.copy(
                        example.id() + "~" + other.toLowerCase(Locale.ROOT).replace(' ', '-'), text, weight));
            }
        }
        return all;
    }

    /** The replacement, capitalised where the original was (at the start of a sentence). */
    private static String casedLike(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1)
                : replacement;
    }

    static boolean isCopy(String id) {
        return id.contains("~");
    }
}
