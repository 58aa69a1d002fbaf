package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.RuleId;
import java.util.Optional;

/**
 * A labelled comment the heads learn from.
 *
 * @param id a stable id, shown as a nearest example (never the text)
 * @param rule the rule it breaks, or null for an acceptable comment
 * @param article the article it was posted under ({@link ArticleText#NONE} when unknown)
 * @param weight how much it counts in training (counterfactual copies share their original's weight)
 * @param nearMissOf for an acceptable comment, the one rule whose head it teaches (a near miss of that rule,
 *     labelled {@code ok:RULE}); null when it is a negative for every head. A warm statement about a group
 *     then moves the hate head only, not the insult or violence heads it says nothing about.
 */
public record Labelled(String id, String text, RuleId rule, ArticleText article, double weight, RuleId nearMissOf) {

    static final String ACCEPTABLE = "ok";

    public Labelled {
        article = article == null ? ArticleText.NONE : article;
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
        if (rule != null && nearMissOf != null) {
            throw new IllegalArgumentException("a near miss is an acceptable comment");
        }
    }

    public Labelled(String id, String text, RuleId rule, ArticleText article) {
        this(id, text, rule, article, 1, null);
    }

    /**
     * A comment labelled {@code ok}, {@code ok:RULE} (an acceptable near miss of one rule) or a rule id;
     * empty for any other label.
     */
    static Optional<Labelled> of(String id, String text, String label, ArticleText article) {
        if (label.equals(ACCEPTABLE)) {
            return Optional.of(new Labelled(id, text, null, article));
        }
        if (label.startsWith(ACCEPTABLE + ":")) {
            return RuleId.fromId(label.substring(ACCEPTABLE.length() + 1))
                    .map(rule -> new Labelled(id, text, null, article, 1, rule));
        }
        return RuleId.fromId(label).map(rule -> new Labelled(id, text, rule, article));
    }

    /** The same comment under another id and text, with another weight (a counterfactual copy). */
    Labelled copy(String id, String text, double weight) {
        return new Labelled(id, text, rule, article, weight, nearMissOf);
    }

    /** Whether this comment is a training row of {@code head}: every comment is, but another rule's near miss. */
    boolean teaches(RuleId head) {
        return nearMissOf == null || nearMissOf == head;
    }

    /** The {@code article} of a labelled JSON line ({@code {"title": ..., "lead": ...}}), or none. */
    static ArticleText article(tools.jackson.databind.JsonNode article) {
        return article.isObject()
                ? new ArticleText(
                        article.path("title").asString(""), article.path("lead").asString(""), "")
                : ArticleText.NONE;
    }
}
