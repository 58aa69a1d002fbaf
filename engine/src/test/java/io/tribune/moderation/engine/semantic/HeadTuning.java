package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Chooses the heads' regularisation and positive weight by 5-fold cross-validation on the built-in
 * examples alone (never on the devset, whose items are the held-out measurement). Prints, per setting,
 * the recall of rule examples and the share of acceptable examples flagged at probability 0.5.
 */
public final class HeadTuning {

    private HeadTuning() {}

    public static void main(String[] args) {
        List<Labelled> examples = new ArrayList<>(SemanticDetectors.builtIn("en"));
        SentenceEncoder encoder = EncoderUnderTest.shared();
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = encoder.encode(examples.get(i).text());
        }
        int k = 5;
        int[] fold = new int[x.length];
        Random random = new Random(12);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(k);
        }
        for (double l2 : new double[] {1e-2, 1e-3, 1e-4}) {
            for (double weight : new double[] {1, 3, 10}) {
                int positives = 0;
                int found = 0;
                int clean = 0;
                int flagged = 0;
                for (int f = 0; f < k; f++) {
                    for (RuleId rule : SemanticHeads.RULES) {
                        List<float[]> tx = new ArrayList<>();
                        List<Boolean> ty = new ArrayList<>();
                        for (int i = 0; i < x.length; i++) {
                            if (fold[i] != f) {
                                tx.add(x[i]);
                                ty.add(examples.get(i).rule() == rule);
                            }
                        }
                        boolean[] y = new boolean[ty.size()];
                        for (int i = 0; i < y.length; i++) {
                            y[i] = ty.get(i);
                        }
                        LogisticHead head = LogisticHead.train(tx.toArray(new float[0][]), y, l2, 300, weight);
                        for (int i = 0; i < x.length; i++) {
                            if (fold[i] != f) {
                                continue;
                            }
                            boolean hit = head.probability(x[i]) >= 0.5;
                            if (examples.get(i).rule() == rule) {
                                positives++;
                                found += hit ? 1 : 0;
                            } else if (examples.get(i).rule() == null) {
                                clean++;
                                flagged += hit ? 1 : 0;
                            }
                        }
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "l2 %.0e weight %4.1f: recall %.3f, clean flagged per head %.4f (x%d heads = %.3f)%n",
                        l2,
                        weight,
                        (double) found / positives,
                        (double) flagged / clean,
                        SemanticHeads.RULES.size(),
                        (double) flagged / clean * SemanticHeads.RULES.size());
            }
        }
    }
}
