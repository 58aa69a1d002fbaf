package io.tribune.moderation.engine.learning;

/**
 * One labelled text for training.
 *
 * @param text the comment text
 * @param label {@code ok} or a rule id such as {@code spam}
 * @param nearMissOf for an acceptable text, the one rule it is a near miss of (labelled {@code ok:RULE}): it
 *     then teaches only that rule apart from {@code ok}, and leaves the other rules as they were; null when
 *     it is acceptable for every rule, or breaks one
 * @param weight how much it counts in training (counterfactual copies share their original's weight)
 */
record Example(String text, String label, String nearMissOf, double weight) {

    Example {
        if (nearMissOf != null && !label.equals(Classifier.OK)) {
            throw new IllegalArgumentException("a near miss is an acceptable text");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
    }

    Example(String text, String label) {
        this(text, label, null, 1);
    }

    /** The same example with another text and weight (a counterfactual copy). */
    Example copy(String otherText, double otherWeight) {
        return new Example(otherText, label, nearMissOf, otherWeight);
    }
}
