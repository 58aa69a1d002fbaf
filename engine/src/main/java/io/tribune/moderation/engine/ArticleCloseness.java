package io.tribune.moderation.engine;

import java.util.OptionalDouble;

/**
 * How close in meaning a comment is to its article, as the edition's sentence encoder measures it (the dot
 * product of the two embeddings); empty where the edition has no encoder or the article is unknown.
 */
@FunctionalInterface
public interface ArticleCloseness extends Analysis<OptionalDouble> {

    /** The name of the measure in a finding's evidence. */
    String MEASURE = "semantic_relatedness";

    /** For engines without an encoder. */
    ArticleCloseness NONE = screening -> OptionalDouble.empty();
}
