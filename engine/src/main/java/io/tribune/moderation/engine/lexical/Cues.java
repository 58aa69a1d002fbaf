package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.text.NormalisedText;
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
 *   <li>A judgement ("shameful", "racist") weakens only what it judges: a match after it in the same clause
 *       ("it's disgraceful how refugees are treated like animals"); a thing named or quoted right before it ("the
 *       KKK is racist", "the great replacement is a racist theory", "'immigrants are vermin' is a racist lie"); or
 *       a statement that a word of speech or thought frames ({@code framing.txt}: "anyone who thinks immigrants
 *       are vermin is a bigot", "Flüchtlinge als Ratten zu bezeichnen ist rassistisch"). It does not weaken a
 *       statement about a group that stands on its own: "immigrants are vermin, and it's shameful we can't say
 *       so"; "call me racist, but immigrants are vermin".
 *   <li>A pointer ("these", "you") right before a single word (a slur) aims it at people, and then no cue or
 *       judgement weakens it: "diese Kanaken sind inakzeptabel".
 * </ul>
 */
final class Cues {

    /** At most this many words between a thing named and a judgement of it ("is a" in "the KKK is a racist group"). */
    private static final int PREDICATE_GAP = 2;

    /** At most this many words from a match to a framing word after it ("zu bezeichnen"). */
    private static final int FRAME_AFTER = 2;

    /** Comma, semicolon, colon and dashes, with the Arabic comma and semicolon. */
    private static final String CLAUSE_MARKS = ",;:\u2013\u2014\u060c\u061b";

    private final NormalisedText text;
    private final List<Token> tokens;
    private final Set<Integer> cueSentences = new HashSet<>();
    private final List<Integer> judgements = new ArrayList<>();
    private final Set<Integer> aimed = new HashSet<>();
    private final Framing framing;
    private final QuotedText quoted;

    /**
     * @param matches the rule's matches, context and evidence
     * @param framing the comment's words of speech and thought and its clause openers, read once for all rules
     * @param quoted the comment's quotations, read when it has a judgement or reported speech
     */
    Cues(List<Lexicon.Match> matches, NormalisedText text, Framing framing, QuotedText quoted) {
        this.text = text;
        this.tokens = text.tokens();
        this.framing = framing;
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
            if (sentence(judgement) == sentence && judges(judgement, match)) {
                return true;
            }
        }
        return false;
    }

    private boolean judges(int judgement, Lexicon.Match match) {
        if (judgement < match.first()) {
            return sameClause(judgement, match.first()) || framed(match);
        }
        if (judgement <= match.last()) {
            return false;
        }
        return framed(match) || (named(match) && saidOf(match, judgement));
    }

    /** Whether a match names a thing: a fixed word or phrase (a slur, a symbol), or anything in quotation marks. */
    private boolean named(Lexicon.Match match) {
        return match.term().isPhrase() || quoted.isQuoted(tokens.get(match.first()), tokens.get(match.last()));
    }

    /** Whether a judgement right after a match, in its clause, is said of it: "the KKK is racist". */
    private boolean saidOf(Lexicon.Match match, int judgement) {
        return judgement - match.last() - 1 <= PREDICATE_GAP && sameClause(match.last(), judgement);
    }

    /**
     * Whether speech or thought frames a match: a framing word before it in its clause, or ending the clause right
     * before the match's ("meint, Ausländer sind ..."; not "call me racist, but ..."), or one right after it in its
     * clause (German puts the verb last: "als Ratten zu bezeichnen").
     */
    private boolean framed(Lexicon.Match match) {
        for (int frame : framing.frames()) {
            boolean before = frame < match.first()
                    && sentence(frame) == sentence(match.first())
                    && (sameClause(frame, match.first())
                            || (!sameClause(frame, frame + 1) && sameClause(frame + 1, match.first())));
            boolean after =
                    frame > match.last() && frame - match.last() <= FRAME_AFTER && sameClause(match.last(), frame);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two words, the first before the second, stand in one clause: the same sentence, no clause mark
     * (comma, semicolon, colon, dash) between them, and no word that opens another clause ("but", "aber").
     */
    private boolean sameClause(int from, int to) {
        if (from >= to || sentence(from) != sentence(to)) {
            return from == to;
        }
        for (int word : framing.breaks()) {
            if (word > from && word < to) {
                return false;
            }
        }
        String between =
                text.original().substring(tokens.get(from).end(), tokens.get(to).start());
        for (int i = 0; i < between.length(); i++) {
            if (CLAUSE_MARKS.indexOf(between.charAt(i)) >= 0 || between.startsWith(" - ", i)) {
                return false;
            }
        }
        return true;
    }

    private int sentence(int token) {
        return tokens.get(token).sentence();
    }

    /**
     * The words of {@code framing.txt} found in a comment, as token positions: words of speech or thought that frame
     * a statement ("says", "thinks"), and, on the file's lines marked {@code !}, words that open another clause
     * ("but", "aber"). Read only for a comment with a judgement.
     */
    record Framing(List<Integer> frames, List<Integer> breaks) {

        static final Framing NONE = new Framing(List.of(), List.of());

        static Framing of(List<Lexicon.Match> words) {
            List<Integer> frames = new ArrayList<>();
            List<Integer> breaks = new ArrayList<>();
            for (Lexicon.Match word : words) {
                (word.term().isContext() ? breaks : frames).add(word.first());
            }
            return new Framing(List.copyOf(frames), List.copyOf(breaks));
        }
    }
}
