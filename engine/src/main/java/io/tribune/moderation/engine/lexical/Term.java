package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.RuleId;
import java.util.List;

/**
 * One compiled lexicon line: a sequence of slots that, found in a comment, is evidence for a rule (or,
 * for a context cue, weakens the evidence found in the same sentence).
 *
 * @param rule the rule the term is evidence for
 * @param language the lexicon's language
 * @param label the line as written, shown as the matched term
 * @param slots the word positions
 * @param weight the score a single match gives
 * @param cue whether the term is a context cue that weakens matches instead of a match itself
 * @param pointer whether the cue is a pointer ("these", "you") that marks a single-word match right after it
 *     as aimed at someone, so that no other cue weakens it
 * @param alsoName whether the word is also a name ({@code Dick}), so it is not matched where it reads as one
 * @param local whether the term only applies in editions of its language (innocent in another language)
 */
record Term(
        RuleId rule,
        String language,
        String label,
        List<Slot> slots,
        double weight,
        boolean cue,
        boolean pointer,
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
}
