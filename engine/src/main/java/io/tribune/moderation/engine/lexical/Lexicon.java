package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import io.tribune.moderation.engine.text.NormalisedText;
import io.tribune.moderation.engine.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every lexicon term of every language, compiled once into tries over the first word of each term.
 * Finding the terms in a comment costs a walk of each token's spellings plus the check of the few
 * terms whose first word fits; only masked words are compared with each single-word term.
 */
final class Lexicon {

    /** A term found in a comment, from token {@code first} to token {@code last}. */
    record Match(Term term, int first, int last) {}

    private static final double STRONG = 0.8;
    private static final double COMPOUND_WEIGHT = 0.85;
    private static final Set<RuleId> MASKABLE = Set.of(RuleId.PROFANITY, RuleId.HATE, RuleId.INSULT_THREAT);

    private final List<Term> terms;
    private final TermTrie plain;
    private final TermTrie squeezed;
    private final TermTrie allowed;
    private final List<Term> maskable;
    private final List<Term> brandFirst;
    private final List<Compounds> compounds;
    private final Map<String, Term> compoundTerms;

    Lexicon(List<Term> terms, List<Term> allowTerms) {
        this(terms, allowTerms, List.of());
    }

    Lexicon(List<Term> terms, List<Term> allowTerms, List<Compounds> compounds) {
        this.compounds = List.copyOf(compounds);
        this.compoundTerms = new ConcurrentHashMap<>();
        this.terms = List.copyOf(terms);
        this.plain = TermTrie.of(terms, false);
        this.squeezed = TermTrie.of(terms, true);
        this.allowed = TermTrie.of(allowTerms, false);
        this.maskable = terms.stream()
                .filter(t -> t.isSingleWord() && !t.isContext() && MASKABLE.contains(t.rule()))
                .toList();
        this.brandFirst = terms.stream()
                .filter(t -> t.slots().get(0).alternatives().stream().anyMatch(a -> a.kind() == Alternative.Kind.BRAND))
                .toList();
    }

    int size() {
        return terms.size();
    }

    List<Match> find(NormalisedText text, String language, Set<String> brands, Screening screening) {
        List<Token> tokens = text.tokens();
        List<Match> matches = new ArrayList<>();
        List<TermTrie.Entry> found = new ArrayList<>();
        Set<Term> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < tokens.size(); i++) {
            if ((i & 63) == 63 && screening != null) {
                screening.checkDeadline();
            }
            Token token = tokens.get(i);
            if (!token.word()) {
                continue;
            }
            found.clear();
            seen.clear();
            boolean isAllowed = isAllowed(token);
            lookUp(token, found);
            int before = matches.size();
            for (TermTrie.Entry entry : found) {
                consider(entry.term(), tokens, i, language, brands, isAllowed, seen, matches);
            }
            if (matches.size() == before && !isAllowed && !compounds.isEmpty()) {
                compound(token, i, matches);
            }
            if (matches.size() == before && !isAllowed) {
                backwards(token, i, language, matches);
            }
            if (brands.contains(token.text())) {
                for (Term term : brandFirst) {
                    consider(term, tokens, i, language, brands, false, seen, matches);
                }
            }
        }
        joinSplitWords(text, tokens, language, matches);
        return matches;
    }

    /** Short words of one or two letters that a split word ({@code a hole}) must not be glued from. */
    private static final Set<String> SHORT_WORDS = Set.of(
            "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
            "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "ya", "yo", "u", "ur", "im", "id");

    /**
     * Words after which texting's lone {@code r} is the verb "are" ("who r u", "they r late"), not the last
     * letter of a split word ({@code wanke r}).
     */
    private static final Set<String> BEFORE_TEXTED_ARE = Set.of(
            "who", "what", "where", "how", "why", "when", "which", "u", "you", "ya", "we", "they", "there", "these",
            "those");

    /** The most pieces a split word is glued back from ({@code wan k er}, {@code m.otherf.ucker}). */
    private static final int MAX_PIECES = 4;

    private static final double GLUED = 0.6;

    /**
     * A profane word split into pieces and glued back: two halves split by a blank where one half is a
     * short piece that is not a word on its own ({@code f uck}, {@code s hit}, {@code tw at}); three or
     * four short fragments with a lone letter among them ({@code wan k er}); or pieces joined by a
     * single dot, dash, underscore or star with no blank ({@code bell.end}, {@code god-dam}), which read
     * as one word. Pieces must stand in the same sentence, and only whole words or stems are glued, so
     * the cost stays linear: at most {@value #MAX_PIECES} pieces from each token.
     */
    private void joinSplitWords(NormalisedText text, List<Token> tokens, String language, List<Match> matches) {
        List<TermTrie.Entry> found = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).word()) {
                continue;
            }
            joined.setLength(0);
            joined.append(tokens.get(i).text());
            boolean glued = true;
            int lone = isLone(tokens.get(i).text()) ? 1 : 0;
            int longPieces = tokens.get(i).text().length() > 3 ? 1 : 0;
            for (int j = i + 1; j < Math.min(tokens.size(), i + MAX_PIECES); j++) {
                Token left = tokens.get(j - 1);
                Token right = tokens.get(j);
                int gap = right.from() - left.to();
                if (!right.word() || gap > 2 || joined.length() > 40) {
                    break;
                }
                if (left.sentence() != right.sentence() && gap > 1) {
                    // a lone dot between the halves (c.unt) splits the word, not the sentence
                    break;
                }
                glued &= gap == 1 && isGlue(text.text().charAt(left.to()));
                joined.append(right.text());
                lone += isLone(right.text()) ? 1 : 0;
                longPieces += right.text().length() > 3 ? 1 : 0;
                int pieces = j - i + 1;
                boolean split = pieces == 2
                        ? (isSplitHalf(left.text(), right.text()) || isSplitHalf(right.text(), left.text()))
                                        && !isTextedAre(left.text(), right.text())
                                || (hidesLetters(left, right) && !isMatched(matches, j - 1, j))
                        : lone > 0 && longPieces <= 1;
                if (!split && !glued) {
                    continue;
                }
                // only the last piece may be long (f uc king): fragments after a long piece (wish i t)
                // must not reach a term's tail
                boolean anyKind = pieces == 2 || longPieces - (right.text().length() > 3 ? 1 : 0) == 0;
                Term term = split ? wholeWordTerm(joined.toString(), language, found, anyKind) : null;
                if (term == null && glued) {
                    term = wholeWordTerm(joined.toString(), language, found, false);
                }
                if (term != null) {
                    matches.add(new Match(term, i, j));
                    break;
                }
            }
        }
    }

    /**
     * The fewest letters a word written backwards must have to be read: shorter words read backwards
     * are too often other words ({@code gals}, {@code agin}).
     */
    private static final int MIN_BACKWARDS = 5;

    /**
     * A strong profane or hateful word written backwards ({@code hctib}, {@code reggin}): a spelling of
     * five letters or more that, read from its end, is a whole-word term or starts with a stem, and is
     * not an allowed word either way round ({@code Regen}, {@code skips} are words). Terms found inside a
     * word are not read backwards ({@code nagging}).
     */
    private void backwards(Token token, int at, String language, List<Match> matches) {
        List<TermTrie.Entry> found = new ArrayList<>();
        for (String form : token.forms()) {
            if (form.length() < MIN_BACKWARDS || form.indexOf('*') >= 0) {
                continue;
            }
            String back = new StringBuilder(form).reverse().toString();
            if (allowed.matches(form) || allowed.matches(back)) {
                continue;
            }
            found.clear();
            plain.findLeading(back, found);
            for (TermTrie.Entry entry : found) {
                Term term = entry.term();
                // writing backwards is a trick within one language: "setup" is no French word
                if (isStrongWord(term, language) && term.language().equals(language)) {
                    matches.add(new Match(term, at, at));
                    return;
                }
            }
        }
    }

    private static boolean isStrongWord(Term term, String language) {
        return term.isSingleWord()
                && !term.isContext()
                && term.weight() >= STRONG
                && term.appliesIn(language)
                && (term.rule() == RuleId.PROFANITY || term.rule() == RuleId.HATE);
    }

    /** Whether a one-char gap glues two pieces into one word: a dot, dash, underscore or star. */
    private static boolean isGlue(char c) {
        return c == '.' || c == '-' || c == '_' || c == '*';
    }

    /** A lone letter split off a word, not a word on its own ({@code k} in {@code wan k er}). */
    private static boolean isLone(String piece) {
        return piece.length() == 1 && !SHORT_WORDS.contains(piece);
    }

    /**
     * The profanity or hate term a glued word is, or null: fragments split by blanks around a lone
     * letter may reach any strong term, words glued by a dot or dash only whole words and stems of
     * weight {@value #GLUED} or more; never an allowed word.
     */
    private Term wholeWordTerm(String word, String language, List<TermTrie.Entry> found, boolean anyKind) {
        if (allowed.matches(word)) {
            return null;
        }
        if (word.indexOf('*') >= 0) {
            return maskedWordTerm(word, language);
        }
        found.clear();
        plain.find(word, found);
        for (TermTrie.Entry entry : found) {
            Term term = entry.term();
            boolean kindFits =
                    anyKind || entry.kind() == Alternative.Kind.EXACT || entry.kind() == Alternative.Kind.PREFIX;
            if (kindFits
                    && term.isSingleWord()
                    && !term.isContext()
                    && term.weight() >= (anyKind ? STRONG : GLUED)
                    && term.appliesIn(language)
                    && (term.rule() == RuleId.PROFANITY || term.rule() == RuleId.HATE)) {
                return term;
            }
        }
        return null;
    }

    /** The strong term a glued word with hidden letters fills ({@code c *nt}, {@code &ss hole}), or null. */
    private Term maskedWordTerm(String word, String language) {
        for (Term term : maskable) {
            if (!isStrongWord(term, language)) {
                continue;
            }
            for (Alternative alternative : term.slots().get(0).alternatives()) {
                boolean whole =
                        alternative.kind() == Alternative.Kind.EXACT || alternative.kind() == Alternative.Kind.PREFIX;
                if (whole && alternative.fitsMasked(word)) {
                    return term;
                }
            }
        }
        return null;
    }

    /** Whether a match already covers one of the tokens from {@code first} to {@code last}. */
    private static boolean isMatched(List<Match> matches, int first, int last) {
        for (Match match : matches) {
            if (match.first() <= last && match.last() >= first) {
                return true;
            }
        }
        return false;
    }

    /** Whether two pieces, one with hidden letters, may be one word ({@code c *nt}; not {@code as ho&}). */
    private static boolean hidesLetters(Token left, Token right) {
        return (left.masked() || right.masked())
                && !SHORT_WORDS.contains(left.text())
                && !SHORT_WORDS.contains(right.text());
    }

    private static boolean isTextedAre(String left, String right) {
        return right.equals("r") && BEFORE_TEXTED_ARE.contains(left);
    }

    /** Whether a short piece split off a word: one letter, or two letters next to a piece of at most two. */
    private static boolean isSplitHalf(String piece, String other) {
        if (SHORT_WORDS.contains(piece)) {
            return false;
        }
        return piece.length() == 1 || (piece.length() == 2 && other.length() <= 2);
    }

    private void lookUp(Token token, List<TermTrie.Entry> found) {
        for (String form : token.forms()) {
            if (form.indexOf('*') >= 0) {
                for (Term term : maskable) {
                    for (Alternative alternative : term.slots().get(0).alternatives()) {
                        if (alternative.fitsMasked(form)) {
                            found.add(new TermTrie.Entry(term, alternative.kind()));
                        }
                    }
                }
            } else {
                plain.find(form, found);
            }
        }
        for (String form : token.squeezed()) {
            if (form.indexOf('*') < 0) {
                int before = found.size();
                squeezed.findFromStart(form, found);
                // doubling a letter is a weak signal: only strong terms are matched through it ("looser")
                found.subList(before, found.size()).removeIf(e -> e.term().weight() < STRONG);
            }
        }
    }

    /** A match for a word glued from a profane root and a companion, when no term matched it. */
    private void compound(Token token, int at, List<Match> matches) {
        for (Compounds set : compounds) {
            for (String form : token.forms()) {
                String root = set.rootOf(form);
                if (root != null) {
                    Term term = compoundTerms.computeIfAbsent(
                            set.language() + ":" + root,
                            k -> new Term(
                                    RuleId.PROFANITY,
                                    set.language(),
                                    root + "+",
                                    List.of(new Slot(List.of(new Alternative(root, root, Alternative.Kind.EXACT)), 0)),
                                    COMPOUND_WEIGHT,
                                    Term.Role.EVIDENCE,
                                    false,
                                    false));
                    matches.add(new Match(term, at, at));
                    return;
                }
            }
        }
    }

    private boolean isAllowed(Token token) {
        return allowed.matches(token.text());
    }

    private static void consider(
            Term term,
            List<Token> tokens,
            int at,
            String language,
            Set<String> brands,
            boolean isAllowed,
            Set<Term> seen,
            List<Match> matches) {
        if (!term.appliesIn(language) || !seen.add(term)) {
            return;
        }
        if (isAllowed && !term.isContext()) {
            return;
        }
        int last = term.isSingleWord() ? at : rest(term, tokens, 1, at, brands);
        if (last >= 0) {
            matches.add(new Match(term, at, last));
        }
    }

    /** The index of the token that fills the term's last slot, or -1; tries every allowed gap. */
    private static int rest(Term term, List<Token> tokens, int slot, int previous, Set<String> brands) {
        if (slot == term.slots().size()) {
            return previous;
        }
        Slot next = term.slots().get(slot);
        int sentence = tokens.get(previous).sentence();
        int limit = Math.min(tokens.size() - 1, previous + 1 + next.gapBefore());
        for (int p = previous + 1; p <= limit; p++) {
            Token token = tokens.get(p);
            if (token.sentence() != sentence) {
                break;
            }
            if (next.fits(token, brands)) {
                int end = rest(term, tokens, slot + 1, p, brands);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }
}
