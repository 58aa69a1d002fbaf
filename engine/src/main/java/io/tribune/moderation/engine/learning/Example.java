package io.tribune.moderation.engine.learning;

/**
 * One labelled text for training.
 *
 * @param text the comment text
 * @param label {@code ok} or a rule id such as {@code spam}
 */
record Example(String text, String label) {}
