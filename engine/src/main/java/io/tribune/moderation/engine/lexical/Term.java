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
 * @param alsoName whether the word is also a name ({@code Dick}), so it is not matched where it reads as one
 * @param local whether the term only applies in editions of its language (innocent in another language)
 * @param opensClause whether the term must open a clause (start a sentence, or follow a comma, colon, semicolon,
 *     dash or bracket) and not stand in a question, so its first word is the clause's subject, not a noun's
 *     complement ("Witze über Juden sind ...") or a question put to be denied
 * @param endsSentence whether the term must also end its sentence ("Ich hasse Christen nicht" does not match)
 */
record Term(
        RuleId rule,
        String language,
        String label,
        List<Slot> slots,
        double weight,
        boolean cue,
        boolean alsoName,
        boolean local,
        boolean opensClause,
        boolean endsSentence) {

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
