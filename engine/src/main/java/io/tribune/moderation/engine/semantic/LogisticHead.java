package io.tribune.moderation.engine.semantic;

/**
 * Logistic regression over an embedding: the probability that a text breaks one rule. Trained by full-batch
 * gradient descent (Adam) on the log-loss with an L2 penalty, without re-weighting the classes, so that
 * its output is a probability rather than a score. Immutable once trained.
 */
public final class LogisticHead {

    private final float[] weights;
    private final float bias;

    LogisticHead(float[] weights, float bias) {
        this.weights = weights;
        this.bias = bias;
    }

    float[] weights() {
        return weights;
    }

    float bias() {
        return bias;
    }

    public int dimension() {
        return weights.length;
    }

    /** The probability for a unit-length embedding (weights apply to it scaled by the square root of its dimension). */
    public double probability(float[] x) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return sigmoid(bias + z * Math.sqrt(weights.length));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits the head to the rows of {@code x} labelled by {@code y}; {@code l2} penalises the squared
     * weights (not the bias) per example.
     */
    static LogisticHead train(float[][] x, boolean[] y, double l2, int epochs) {
        return train(x, y, l2, epochs, 1);
    }

    /**
     * As above, with each positive example counting {@code positiveWeight} times. Features are the
     * embedding scaled by the square root of its dimension, so that each coordinate has about unit spread
     * and {@code l2} means the same whatever the dimension.
     */
    static LogisticHead train(float[][] x, boolean[] y, double l2, int epochs, double positiveWeight) {
        double[] weights = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            weights[i] = y[i] ? positiveWeight : 1;
        }
        return train(x, y, weights, l2, epochs);
    }

    /** As above, with a weight per example (the loss is their weighted mean). */
    static LogisticHead train(float[][] x, boolean[] y, double[] weight, double l2, int epochs) {
        double scale = Math.sqrt(x[0].length);
        double total = 0;
        for (double v : weight) {
            total += v;
        }
        int n = x.length;
        int d = x[0].length;
        double[] w = new double[d];
        double b = 0;
        double[] mw = new double[d];
        double[] vw = new double[d];
        double mb = 0;
        double vb = 0;
        double rate = 0.05;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double[] grad = new double[d];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Arrays.fill(grad, 0);
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double z = 0;
                float[] row = x[i];
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double error = (sigmoid(b + z * scale) - (y[i] ? 1 : 0)) * weight[i];
                for (int j = 0; j < d; j++) {
                    grad[j] += error * row[j] * scale;
                }
                gb += error;
            }
            double c1 = 1 - Math.pow(beta1, epoch);
            double c2 = 1 - Math.pow(beta2, epoch);
            for (int j = 0; j < d; j++) {
                double g = grad[j] / total + l2 * w[j];
                mw[j] = beta1 * mw[j] + (1 - beta1) * g;
                vw[j] = beta2 * vw[j] + (1 - beta2) * g * g;
                w[j] -= rate * (mw[j] / c1) / (Math.sqrt(vw[j] / c2) + 1e-8);
            }
            double g = gb / total;
            mb = beta1 * mb + (1 - beta1) * g;
            vb = beta2 * vb + (1 - beta2) * g * g;
            b -= rate * (mb / c1) / (Math.sqrt(vb / c2) + 1e-8);
        }
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) {
            weights[j] = (float) w[j];
        }
        return new LogisticHead(weights, (float) b);
    }
}
