package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The context terms of one rule found in a comment, and which of the rule's matches they weaken.
 *
 * <ul>
 *   <li>A cue weakens every match in its sentence: "police seized the cocaine".
 *   <li>A judgement ("shameful", "racist") weakens what it governs: a match after it in its sentence ("it's
 *       shameful to say immigrants are vermin"), or a thing named before it ("the KKK is racist"), or a statement
 *       that speech frames before it ("saying immigrants are vermin is shameful", a quotation). It does not weaken
 *       a statement about a group made before it: "immigrants are vermin, and it's shameful we can't say so".
 *   <li>A pointer ("these", "you") right before a single word (a slur) aims it at people, and then nothing weakens
 *       it: "diese Kanaken sind inakzeptabel".
 * </ul>
 */
final class Cues {

    private final List<Token> tokens;
    private final Set<Integer> cueSentences = new HashSet<>();
    private final List<Integer> judgements = new ArrayList<>();
    private final Set<Integer> aimed = new HashSet<>();
    private final List<Integer> speech;
    private final QuotedText quoted;

    /**
     * @param matches the rule's matches, context and evidence
     * @param speech the token positions of words of reported speech ("said", "calling") in the comment
     * @param quoted the comment's quotations ({@link QuotedText#NONE} when it has no judgement)
     */
    Cues(List<Lexicon.Match> matches, List<Token> tokens, List<Integer> speech, QuotedText quoted) {
        this.tokens = tokens;
        this.speech = speech;
        this.quoted = quoted;
        for (Lexicon.Match match : matches) {
            switch (match.term().role()) {
                case CUE -> cueSentences.add(sentence(match.first()));
                case JUDGEMENT -> judgements.add(match.first());
                case POINTER -> {
                    int next = match.last() + 1;
                    if (next < tokens.size() && sentence(next) == sentence(match.last())) {
                        aimed.add(next);
                    }
                }
                case EVIDENCE -> {}
            }
        }
    }

    /** Whether the context weakens a match of evidence. */
    boolean weaken(Lexicon.Match match) {
        if (match.term().isSingleWord() && aimed.contains(match.first())) {
            return false;
        }
        int sentence = sentence(match.first());
        if (cueSentences.contains(sentence)) {
            return true;
        }
        for (int judgement : judgements) {
            if (sentence(judgement) == sentence && (judgement < match.first() || judged(match, judgement))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a judgement after a match is about it: the match names a thing (a slur, a symbol: "the KKK is racist"),
     * or speech frames it (a word of reported speech before the judgement, or quotation marks). A statement about a
     * group made before the judgement is not framed: "immigrants are vermin, and it's shameful we can't say so".
     */
    private boolean judged(Lexicon.Match match, int judgement) {
        if (match.term().isPhrase()) {
            return true;
        }
        for (int word : speech) {
            if (word < judgement && sentence(word) == sentence(judgement)) {
                return true;
            }
        }
        return quoted.isQuoted(tokens.get(match.first()), tokens.get(match.last()));
    }

    private int sentence(int token) {
        return tokens.get(token).sentence();
    }
}
