package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.text.ProtectedGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counterfactual copies of training examples: an example that names a protected group is repeated naming
 * each of the other groups of its language ({@link ProtectedGroups}), the copies sharing the original's
 * weight. Every group then appears as often on each side of every rule, so a head cannot learn that naming a
 * group is itself a sign of hatred (the n-gram classifier did: "Women are beautiful." was rejected).
 */
final class Counterfactuals {

    private Counterfactuals() {}

    static List<String> groups(String language) {
        return ProtectedGroups.of(language).names();
    }

    /** The examples with the copies added; examples naming no group are kept as they are. */
    static List<Labelled> expand(List<Labelled> examples, List<String> groups) {
        if (groups.isEmpty()) {
            return examples;
        }
        ProtectedGroups protectedGroups = ProtectedGroups.of(groups);
        List<Labelled> all = new ArrayList<>();
        for (Labelled example : examples) {
            List<ProtectedGroups.Swap> swaps = protectedGroups.swaps(example.text());
            if (swaps.isEmpty()) {
                all.add(example);
                continue;
            }
            double weight = example.weight() / groups.size();
            all.add(example.copy(example.id(), example.text(), weight));
            for (ProtectedGroups.Swap swap : swaps) {
                String id = example.id() + "~"
                        + swap.group().toLowerCase(Locale.ROOT).replace(' ', '-');
                all.add(example.copy(id, swap.text(), weight));
            }
        }
        return all;
    }

    static boolean isCopy(String id) {
        return id.contains("~");
    }
}
