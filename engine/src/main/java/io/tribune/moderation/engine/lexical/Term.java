package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.RuleId;
import java.util.List;

/**
 * One compiled lexicon line: a sequence of slots that, found in a comment, is evidence for a rule, or context
 * (a cue, a judgement, a pointer) that weighs the rule's evidence beside it ({@link Cues}).
 *
 * @param rule the rule the term is evidence for
 * @param language the lexicon's language
 * @param label the line as written, shown as the matched term
 * @param slots the word positions
 * @param weight the score a single match gives
 * @param role whether the term is evidence or context that weighs the evidence beside it
 * @param alsoName whether the word is also a name ({@code Dick}), so it is not matched where it reads as one
 * @param local whether the term only applies in editions of its language (innocent in another language)
 */
record Term(
        RuleId rule,
        String language,
        String label,
        List<Slot> slots,
        double weight,
        Role role,
        boolean alsoName,
        boolean local) {

    /** Whether the term applies in an edition of this language. */
    boolean appliesIn(String editionLanguage) {
        return !local || language.equals(editionLanguage);
    }

    Term {
        slots = List.copyOf(slots);
    }

    boolean isSingleWord() {
        return slots.size() == 1;
    }

    /**
     * Whether the term is a fixed phrase or word (a slur, a symbol, "great replacement"): a thing that can be named
     * and judged, rather than a statement about a group built of sets and gaps ({@code $group ~2 $are ~2 $dehuman}).
     */
    boolean isPhrase() {
        return slots.stream()
                .allMatch(slot -> slot.gapBefore() == 0 && slot.alternatives().size() == 1);
    }

    /** Whether the term only weighs other matches ({@link Cues}) and is no evidence itself. */
    boolean isContext() {
        return role != Role.EVIDENCE;
    }

    /** What a term does when found: see {@link Cues} for how each kind of context weighs a match. */
    enum Role {
        /** Evidence for the rule (a line of its own). */
        EVIDENCE(""),
        /** A context cue ({@code !}): it weakens every match in its sentence ("police seized"). */
        CUE("!"),
        /** A judgement ({@code !>}): it weakens what it judges, not a statement standing on its own ("shameful"). */
        JUDGEMENT("!>"),
        /** A pointer ({@code >}): a single word right after it is aimed at people ("these"). */
        POINTER(">");

        private final String prefix;

        Role(String prefix) {
            this.prefix = prefix;
        }

        /** The mark a lexicon line starts with for this role. */
        String prefix() {
            return prefix;
        }

        /** The role a lexicon line's mark gives it. */
        static Role of(String line) {
            for (Role role : List.of(JUDGEMENT, CUE, POINTER)) {
                if (line.startsWith(role.prefix)) {
                    return role;
                }
            }
            return EVIDENCE;
        }
    }
}
