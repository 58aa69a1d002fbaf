package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.text.ProtectedGroups;
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
        return ProtectedGroups.of(groups)
                .expand(
                        examples,
                        Labelled::text,
                        Labelled::weight,
                        (example, swap, weight) -> swap == null
                                ? example.copy(example.id(), example.text(), weight)
                                : example.copy(copyId(example, swap), swap.text(), weight));
    }

    /** The id of a copy: its original's, with the group it names ({@code en-hate-p01~muslims}). */
    private static String copyId(Labelled example, ProtectedGroups.Swap swap) {
        return example.id() + "~" + swap.group().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    static boolean isCopy(String id) {
        return id.contains("~");
    }
}
