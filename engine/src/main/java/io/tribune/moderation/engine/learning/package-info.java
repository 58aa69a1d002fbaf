/**
 * The trainable text classifier: per-edition multinomial logistic regression over hashed word and char
 * n-grams, built-in example sets we wrote for six languages, training from labelled files
 * ({@code moderate train}), online learning from moderators' decisions, and a compact model format.
 * It reports spam, advertising, third-party promotion, insults and threats, trolling and hate with the
 * probability as evidence; lexicons and patterns elsewhere report the same rules, and the engine keeps
 * the strongest finding.
 */
package io.tribune.moderation.engine.learning;
