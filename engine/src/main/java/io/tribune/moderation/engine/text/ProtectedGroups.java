package io.tribune.moderation.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protected groups of a language ({@code groups-<language>.txt} next to this class), for counterfactual
 * copies of training examples: a text that names one group is repeated naming each of the others, so that a
 * model trained on the copies cannot learn that naming a group is itself a sign of any rule.
 */
public final class ProtectedGroups {

    /** One copy of a text: the group it names instead and the text naming it. */
    public record Swap(String group, String text) {}

    private final List<String> names;
    private final Pattern pattern;

    private ProtectedGroups(List<String> names) {
        this.names = List.copyOf(names);
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort((a, b) -> b.length() - a.length()); // "gay people" before a shorter overlap
        StringBuilder alternatives = new StringBuilder();
        for (String group : longestFirst) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(group));
        }
        this.pattern = names.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The given group names. */
    public static ProtectedGroups of(List<String> names) {
        return new ProtectedGroups(names);
    }

    /** The groups of a language; none when we listed none for it. */
    public static ProtectedGroups of(String language) {
        InputStream in = ProtectedGroups.class.getResourceAsStream("groups-" + language + ".txt");
        if (in == null) {
            return new ProtectedGroups(List.of());
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProtectedGroups(names);
    }

    public List<String> names() {
        return names;
    }

    /** Makes one example of a kind: the original ({@code swap} null) or a copy, with the weight it carries. */
    @FunctionalInterface
    public interface Copier<T> {
        T copy(T example, Swap swap, double weight);
    }

    /**
     * The examples with their counterfactual copies, in order: an example that names a group is followed by a
     * copy naming each other group, and the original and its copies share its weight; an example that names no
     * group is kept as it is.
     */
    public <T> List<T> expand(
            List<T> examples, Function<T, String> text, ToDoubleFunction<T> weight, Copier<T> copier) {
        if (names.isEmpty()) {
            return examples;
        }
        List<T> all = new ArrayList<>();
        for (T example : examples) {
            List<Swap> copies = swaps(text.apply(example));
            if (copies.isEmpty()) {
                all.add(example);
                continue;
            }
            double shared = weight.applyAsDouble(example) / names.size();
            all.add(copier.copy(example, null, shared));
            copies.forEach(swap -> all.add(copier.copy(example, swap, shared)));
        }
        return all;
    }

    /**
     * The copies of a text naming each other group where it names the first group found (every mention of a
     * listed group is replaced); none when the text names no group. With the original, a text that names a
     * group becomes {@code names().size()} texts, which together should weigh what the original did.
     */
    public List<Swap> swaps(String text) {
        if (pattern == null) {
            return List.of();
        }
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return List.of();
        }
        String named = matcher.group(1);
        List<Swap> swaps = new ArrayList<>();
        for (String other : names) {
            if (!other.equalsIgnoreCase(named)) {
                swaps.add(new Swap(
                        other,
                        pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(casedLike(m.group(1), other)))));
            }
        }
        return swaps;
    }

    /** The replacement, capitalised where the original was (at the start of a sentence). */
    private static String casedLike(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1)
                : replacement;
    }
}
