package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import io.tribune.moderation.engine.text.NormalisedText;
import io.tribune.moderation.engine.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the lexicon terms of the lexical rules in a comment's normalised words and scores each rule:
 * the strongest term gives the score, further distinct terms raise it, and a term weakens in the context of
 * its rule's cues ({@link Cues}: "which is shameful") or when it is quoted in reported speech ("the minister
 * called it 'total bullshit'").
 */
final class LexicalDetector implements Detector {

    static final double CUE_FACTOR = 0.35;
    static final double REPORTED_FACTOR = 0.3;
    private static final double FURTHER_TERM_SHARE = 0.5;
    private static final int MAX_SPANS = 10;

    private final Lexicon lexicon;
    private final Lexicon reporting;
    private final Lexicon framing;
    private final Map<List<String>, Set<String>> brandForms = new ConcurrentHashMap<>();

    LexicalDetector(Lexicon lexicon, Lexicon reporting, Lexicon framing) {
        this.lexicon = lexicon;
        this.reporting = reporting;
        this.framing = framing;
    }

    @Override
    public String name() {
        return "lexicon";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.copyOf(LexiconSource.RULES);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        NormalisedText text = screening.get(NormalisedText.OF_COMMENT);
        Policy policy = screening.policy();
        Set<String> brands = brandForms.computeIfAbsent(policy.brandNames(), LexicalDetector::brandForms);
        List<Lexicon.Match> matches = new ArrayList<>(lexicon.find(text, policy.language(), brands, screening));
        if (onlyContext(matches)) {
            return;
        }
        LinkedText linked = LinkedText.of(text.text());
        matches.removeIf(m -> linked.isLinked(text.tokens().get(m.first()).from()));
        if (onlyContext(matches)) {
            return;
        }
        boolean reported =
                !reporting.find(text, policy.language(), Set.of(), screening).isEmpty();
        boolean judged = hasJudgement(matches);
        QuotedText quoted = reported || judged ? QuotedText.of(text.text()) : QuotedText.NONE;
        Cues.Framing framed = judged
                ? Cues.Framing.of(framing.find(text, policy.language(), Set.of(), screening))
                : Cues.Framing.NONE;
        Map<RuleId, List<Lexicon.Match>> byRule = new EnumMap<>(RuleId.class);
        for (Lexicon.Match match : matches) {
            byRule.computeIfAbsent(match.term().rule(), r -> new ArrayList<>()).add(match);
        }
        List<Token> tokens = text.tokens();
        for (Map.Entry<RuleId, List<Lexicon.Match>> rule : byRule.entrySet()) {
            if (!policy.isEnabled(rule.getKey())) {
                continue;
            }
            Cues cues = new Cues(rule.getValue(), text, framed, quoted);
            Finding finding = score(rule.getKey(), rule.getValue(), cues, reported ? quoted : QuotedText.NONE, text);
            if (finding != null) {
                report.add(finding);
            }
        }
    }

    /**
     * Whether no match is evidence: cues and pointers ("these", "you", found in most comments) only weigh other
     * matches, so a comment with nothing else needs no link or reported-speech reading.
     */
    private static boolean onlyContext(List<Lexicon.Match> matches) {
        for (Lexicon.Match match : matches) {
            if (!match.term().isContext()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasJudgement(List<Lexicon.Match> matches) {
        for (Lexicon.Match match : matches) {
            if (match.term().role() == Term.Role.JUDGEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rule's finding from its matches: the strongest weighed match gives the score and further distinct ones
     * raise it; {@code quoted} marks the quotations of a comment with reported speech, which weaken what they hold.
     */
    private static Finding score(
            RuleId rule, List<Lexicon.Match> matches, Cues cues, QuotedText quoted, NormalisedText text) {
        List<Token> tokens = text.tokens();
        List<Lexicon.Match> hits = new ArrayList<>();
        for (Lexicon.Match match : matches) {
            if (!match.term().isContext() && !(match.term().alsoName() && readsAsName(tokens, match.first(), text))) {
                hits.add(match);
            }
        }
        List<Double> weights = new ArrayList<>();
        List<Evidence> spans = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (Weighed match : weighed(hits, tokens, cues, quoted)) {
            if (overlaps(taken, match)) {
                continue;
            }
            for (int t = match.first(); t <= match.last(); t++) {
                taken[t] = true;
            }
            Token first = tokens.get(match.first());
            Token last = tokens.get(match.last());
            weights.add(match.weight());
            if (spans.size() < MAX_SPANS) {
                spans.add(new Evidence.Span(
                        first.start(),
                        last.end(),
                        text.original().substring(first.start(), last.end()),
                        match.term().label()));
            }
        }
        if (weights.isEmpty()) {
            return null;
        }
        double score = weights.get(0);
        for (int i = 1; i < weights.size(); i++) {
            score += (1 - score) * weights.get(i) * FURTHER_TERM_SHARE;
        }
        return new Finding(rule, score, spans);
    }

    /** A match with its weight after context: weaker next to a cue of its rule or inside reported speech. */
    private record Weighed(Lexicon.Match match, double weight) {
        Term term() {
            return match.term();
        }

        int first() {
            return match.first();
        }

        int last() {
            return match.last();
        }
    }

    /** The matches with their weights in context ({@link Cues}, reported speech), strongest first. */
    private static List<Weighed> weighed(List<Lexicon.Match> hits, List<Token> tokens, Cues cues, QuotedText quoted) {
        List<Weighed> weighed = new ArrayList<>(hits.size());
        for (Lexicon.Match match : hits) {
            double weight = match.term().weight();
            if (cues.weaken(match)) {
                weight *= CUE_FACTOR;
            }
            if (quoted.isQuoted(tokens.get(match.first()), tokens.get(match.last()))) {
                weight *= REPORTED_FACTOR;
            }
            weighed.add(new Weighed(match, weight));
        }
        weighed.sort(
                Comparator.comparingDouble((Weighed w) -> -w.weight()).thenComparingInt(w -> -(w.last() - w.first())));
        return weighed;
    }

    /** Whether a match covers a word that a stronger match already explains (one word counts once). */
    private static boolean overlaps(boolean[] taken, Weighed match) {
        for (int t = match.first(); t <= match.last(); t++) {
            if (taken[t]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word stands next to another capitalised word, as in "Dick Turner". */
    private static boolean readsAsName(List<Token> tokens, int at, NormalisedText text) {
        if (!isCapitalised(tokens.get(at), text)) {
            return false;
        }
        boolean next = at + 1 < tokens.size() && isCapitalised(tokens.get(at + 1), text);
        boolean previous = at > 0
                && tokens.get(at - 1).sentence() == tokens.get(at).sentence()
                && isCapitalised(tokens.get(at - 1), text);
        return next || previous;
    }

    private static boolean isCapitalised(Token token, NormalisedText text) {
        String original = text.original().substring(token.start(), token.end());
        if (original.length() < 2 || !Character.isUpperCase(original.charAt(0))) {
            return false;
        }
        for (int i = 1; i < original.length(); i++) {
            if (Character.isUpperCase(original.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> brandForms(List<String> names) {
        Set<String> forms = new HashSet<>();
        for (String name : names) {
            List<Token> tokens = NormalisedText.of(name).tokens();
            if (tokens.size() == 1) {
                forms.add(tokens.get(0).text());
            } else if (!tokens.isEmpty()) {
                forms.add(tokens.get(tokens.size() - 1).text());
            }
        }
        return Set.copyOf(forms);
    }
}
