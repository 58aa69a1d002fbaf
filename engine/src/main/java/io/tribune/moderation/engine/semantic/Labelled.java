package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.RuleId;

/**
 * A labelled comment the heads learn from.
 *
 * @param id a stable id, shown as a nearest example (never the text)
 * @param rule the rule it breaks, or null for an acceptable comment
 * @param article the article it was posted under ({@link ArticleText#NONE} when unknown)
 * @param weight how much it counts in training (counterfactual copies share their original's weight)
 */
public record Labelled(String id, String text, RuleId rule, ArticleText article, double weight) {

    public Labelled {
        article = article == null ? ArticleText.NONE : article;
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
    }

    public Labelled(String id, String text, RuleId rule, ArticleText article) {
        this(id, text, rule, article, 1);
    }

    /** The {@code article} of a labelled JSON line ({@code {"title": ..., "lead": ...}}), or none. */
    static ArticleText article(tools.jackson.databind.JsonNode article) {
        return article.isObject()
                ? new ArticleText(
                        article.path("title").asString(""), article.path("lead").asString(""), "")
                : ArticleText.NONE;
    }
}
