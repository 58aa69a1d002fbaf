package io.tribune.moderation.engine.learning;

import java.util.List;

/** Precision, recall and F1 per label of a classifier's top choice against the true labels. */
final class Scorecard {

    private final List<String> labels;
    private final int[] truePositives;
    private final int[] predicted;
    private final int[] actual;

    Scorecard(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.truePositives = new int[labels.size()];
        this.predicted = new int[labels.size()];
        this.actual = new int[labels.size()];
    }

    /** Scores a classifier's top label on each example. */
    static Scorecard of(Classifier classifier, List<Example> examples) {
        Scorecard card = new Scorecard(classifier.labels());
        for (Example example : examples) {
            double[] probabilities = classifier.probabilities(Features.local().extract(example.text()));
            int top = 0;
            for (int i = 1; i < probabilities.length; i++) {
                top = probabilities[i] > probabilities[top] ? i : top;
            }
            card.count(classifier.labelIndex(example.label()), top);
        }
        return card;
    }

    void count(int truth, int guess) {
        actual[truth]++;
        predicted[guess]++;
        if (truth == guess) {
            truePositives[truth]++;
        }
    }

    List<String> labels() {
        return labels;
    }

    int support(String label) {
        return actual[labels.indexOf(label)];
    }

    double precision(String label) {
        int i = labels.indexOf(label);
        return predicted[i] == 0 ? 0 : (double) truePositives[i] / predicted[i];
    }

    double recall(String label) {
        int i = labels.indexOf(label);
        return actual[i] == 0 ? 0 : (double) truePositives[i] / actual[i];
    }

    double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the labels that occur in the examples. */
    double macroF1() {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (actual[i] > 0) {
                sum += f1(labels.get(i));
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
