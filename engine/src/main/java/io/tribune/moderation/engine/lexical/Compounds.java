package io.tribune.moderation.engine.lexical;

import java.util.Set;

/**
 * Words glued from a profane root and a common companion ({@code cockwaffle}, {@code dickbeaters},
 * {@code lilcuck}). A word is a compound when it splits in two, one side a root and the other a root
 * or a companion (with an optional plural s); innocent words that start with a root ({@code cocktail},
 * {@code buttonhole}) do not split that way.
 *
 * @param language the language of the sets
 * @param roots the profane roots ({@code $compound_roots} in the language's sets)
 * @param parts the companions ({@code $compound_parts})
 */
record Compounds(String language, Set<String> roots, Set<String> parts) {

    private static final int MIN_PIECE = 3;
    private static final int MAX_PIECE = 7;
    /** Companions that may come first (bigdick, lilcuck); others only follow a root (cockwaffle). */
    private static final Set<String> LEADING = Set.of(
            "big", "lil", "little", "small", "black", "fat", "mega", "dumb", "tiny", "huge", "giant", "hairy", "horny",
            "wet", "dirty", "filthy", "micro", "easy", "mother", "stank", "jack", "finger");

    /** The root the word is glued from, or null. */
    String rootOf(String word) {
        int n = word.length();
        if (n < 2 * MIN_PIECE || n > 40) {
            return null;
        }
        for (int cut = MIN_PIECE; cut <= Math.min(MAX_PIECE, n - MIN_PIECE); cut++) {
            String head = word.substring(0, cut);
            boolean headRoot = roots.contains(head);
            boolean headLeads = LEADING.contains(head);
            if (!headRoot && !headLeads) {
                continue;
            }
            String tail = word.substring(cut);
            boolean tailRoot = isRoot(tail);
            if (headRoot && (tailRoot || isPart(tail))) {
                return head;
            }
            if (tailRoot && headLeads) {
                return singular(tail);
            }
        }
        return null;
    }

    private boolean isRoot(String piece) {
        return roots.contains(piece) || (piece.endsWith("s") && roots.contains(piece.substring(0, piece.length() - 1)));
    }

    private boolean isPart(String piece) {
        return parts.contains(piece) || (piece.endsWith("s") && parts.contains(piece.substring(0, piece.length() - 1)));
    }

    private String singular(String piece) {
        return roots.contains(piece) ? piece : piece.substring(0, piece.length() - 1);
    }
}
