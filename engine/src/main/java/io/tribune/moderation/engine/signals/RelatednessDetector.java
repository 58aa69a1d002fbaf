package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.ArticleCloseness;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds comments that have nothing to do with the article or the comment they reply to: the share of
 * the comment's content words (crudely stemmed, names and numbers included) that the article's title,
 * lead and body or the parent comment also use. Short reactions ("Great article", "I agree") are left
 * alone, as are comments under articles whose text is unknown. An unrelated comment is at most held;
 * it scores higher when it starts a conversation of its own ("does anyone know a good plumber"). Where the
 * edition has a sentence encoder and the policy sets the off_topic rule's {@code semanticRelated}, a comment
 * at least that close in meaning to the article is related whatever words it uses ("is the Severn bridge
 * shut?" under a storm warning); the encoder only clears, it never holds on its own here.
 */
final class RelatednessDetector implements Detector {

    private static final int MIN_TERMS = 5;
    private static final int MAX_ARTICLE_TERMS = 3_000;
    private static final int MAX_COMMENT_TERMS = 400;

    private static final int MAX_CACHED_ARTICLES = 512;

    private final Map<String, Set<String>> articles = new ConcurrentHashMap<>();
    static final String SEMANTIC_RELATED = "semanticRelated";

    private final Terms terms;
    private final Phrases cues;
    private final Phrases questions;
    private final ArticleCloseness closeness;

    /**
     * {@code cues} start a conversation of their own (a tradesman wanted, a birthday, a lost cat);
     * {@code questions} ask other readers something, which is how most discussion under an article starts.
     */
    RelatednessDetector(Terms terms, Phrases cues, Phrases questions, ArticleCloseness closeness) {
        this.terms = terms;
        this.cues = cues;
        this.questions = questions;
        this.closeness = closeness;
    }

    @Override
    public String name() {
        return "relatedness";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.OFF_TOPIC);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        Comment comment = screening.comment();
        ArticleText article = comment.article();
        if (article.isEmpty()) {
            return;
        }
        Set<String> own = new LinkedHashSet<>(terms.stems(screening.text(), MAX_COMMENT_TERMS));
        double minTerms = screening.policy().rule(RuleId.OFF_TOPIC).param("minTerms", MIN_TERMS);
        if (own.size() < minTerms) {
            return;
        }
        Set<String> context = articleTerms(article);
        screening.checkDeadline();
        double toArticle = share(own, context);
        double toParent = 0;
        if (comment.isReply()) {
            Set<String> parent = new HashSet<>(terms.stems(comment.parentText(), MAX_COMMENT_TERMS));
            toParent = share(own, parent);
        }
        double relatedness = Math.max(toArticle, toParent);
        Set<String> languages = Phrases.withEnglish(screening.policy().language());
        Folded folded = screening.get(FoldedText.ANALYSIS);
        List<Evidence.Span> started = cues.find(folded, screening.text(), languages, 2);
        List<Evidence.Span> asked =
                started.isEmpty() ? questions.find(folded, screening.text(), languages, 1) : List.of();
        double score = score(relatedness, own.size(), !started.isEmpty(), !asked.isEmpty());
        if (score <= 0) {
            return;
        }
        OptionalDouble close = screening.get(closeness);
        if (close.isPresent()
                && close.getAsDouble()
                        >= screening.policy().rule(RuleId.OFF_TOPIC).param(SEMANTIC_RELATED, Double.MAX_VALUE)) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence.Measure("relatedness", round(toArticle)));
        if (comment.isReply()) {
            evidence.add(new Evidence.Measure("relatedness_to_parent", round(toParent)));
        }
        close.ifPresent(c -> evidence.add(new Evidence.Measure(ArticleCloseness.MEASURE, round(c))));
        evidence.addAll(started);
        evidence.addAll(asked);
        report.add(new Finding(RuleId.OFF_TOPIC, score, evidence));
    }

    /** Many comments arrive under the same article: its terms are computed once and kept a while. */
    private Set<String> articleTerms(ArticleText article) {
        String text = article.all();
        Set<String> cached = articles.get(text);
        if (cached != null) {
            return cached;
        }
        Set<String> computed = Set.copyOf(terms.stems(text, MAX_ARTICLE_TERMS));
        if (articles.size() >= MAX_CACHED_ARTICLES) {
            articles.clear();
        }
        articles.put(text, computed);
        return computed;
    }

    /**
     * Nothing in common with a long comment holds it. Under a short article text many genuine comments
     * share no word with it, so a comment of ordinary length needs a second sign: that it starts a
     * conversation of its own, or, if it shares no word at all and runs long enough (ten terms or more under the
     * shipped threshold of 0.5), that it asks the other readers something.
     */
    static double score(double relatedness, int terms, boolean startsItsOwnConversation, boolean asksReaders) {
        double base;
        if (relatedness == 0) {
            base = 0.3 + 0.01 * Math.min(25, terms - MIN_TERMS);
        } else if (relatedness < 0.1) {
            base = 0.25;
        } else {
            base = 0;
        }
        if (startsItsOwnConversation && relatedness < 0.2) {
            base = Math.max(base, 0.3) + 0.3;
        } else if (asksReaders && relatedness == 0) {
            base += 0.15;
        }
        return Math.min(0.9, base);
    }

    private static double share(Set<String> own, Set<String> context) {
        if (own.isEmpty() || context.isEmpty()) {
            return 0;
        }
        long shared = own.stream().filter(context::contains).count();
        return (double) shared / own.size();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
