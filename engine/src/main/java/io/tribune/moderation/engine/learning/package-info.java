/**
 * The trainable text classifier: per-edition multinomial logistic regression over hashed word and char
 * n-grams, built-in example sets we wrote for six languages, training from labelled files
 * ({@code moderate train}), online learning from moderators' decisions, and a compact model format.
 * It reports spam, advertising, third-party promotion, insults and threats, trolling and hate with the
 * probability as evidence; lexicons and patterns elsewhere report the same rules, and the engine keeps
 * the strongest finding, except that a learned finding alone is held rather than rejected. Editions
 * that the semantic heads screen do without it (it mistook mentions of groups for hatred). Built-in
 * examples naming a protected group are copied over the language's other groups, and an {@code ok:RULE}
 * near miss teaches that rule against ok alone, so that naming a group is no evidence of hate.
 */
package io.tribune.moderation.engine.learning;
