package io.tribune.moderation.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One comment being screened under one edition's policy: the comment, the bounded text the detectors
 * read, shared analyses computed once, and the time budget.
 */
public final class Screening {

    private final Comment comment;
    private final Policy policy;
    private final String text;
    private final boolean truncated;
    private final LanguageIdentifier languages;
    private final long deadlineNanos;
    private final Map<Analysis<?>, Object> analyses = new IdentityHashMap<>();
    private Optional<Evidence.Language> language;

    Screening(Comment comment, Policy policy, int maxChars, LanguageIdentifier languages, long budgetNanos) {
        this.comment = comment;
        this.policy = policy;
        String full = comment.text();
        int end = Math.min(full.length(), maxChars);
        if (end < full.length() && Character.isHighSurrogate(full.charAt(end - 1))) {
            end--;
        }
        this.text = full.substring(0, end);
        this.truncated = end < full.length();
        this.languages = languages;
        this.deadlineNanos = System.nanoTime() + budgetNanos;
    }

    public Comment comment() {
        return comment;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * The text to analyse: the comment's text, cut to the engine's limit. Offsets into it are offsets
     * into the original text, since it is a prefix.
     */
    public String text() {
        return text;
    }

    public boolean isTruncated() {
        return truncated;
    }

    /** The analysis for this comment, computed on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(Analysis<T> analysis) {
        Object value = analyses.get(analysis);
        if (value == null) {
            value = analysis.compute(this);
            analyses.put(analysis, value);
        }
        return (T) value;
    }

    /** The detected language among the edition's candidate languages, if the text says enough. */
    public Optional<Evidence.Language> language() {
        if (language == null) {
            language = languages.identify(text, policy.candidateLanguages());
        }
        return language;
    }

    /** Long-running detectors call this between steps; past the budget it throws {@link ScreeningTimeout}. */
    public void checkDeadline() {
        if (System.nanoTime() > deadlineNanos) {
            throw new ScreeningTimeout("screening of comment " + comment.id() + " ran past its time budget");
        }
    }
}
