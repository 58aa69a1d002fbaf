package io.tribune.moderation.engine.learning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One edition's text classifier: multinomial logistic regression (softmax) over hashed features, so the
 * label probabilities sum to one and {@code ok} takes what the rules do not. Trained by stochastic
 * gradient descent and updated online one decision at a time; scoring and learning may run on many
 * threads at once (a read-write lock guards the weights).
 */
final class Classifier {

    static final String OK = "ok";

    private static final int MAGIC = 0x54524243; // "TRBC"
    private static final int FORMAT = 1;
    private static final double L2 = 1e-6;
    /** Features have unit length and are sparse, so large steps suit them (measured on the SMS split). */
    private static final double FIRST_RATE = 30;

    /** A moderator's decision moves the model as much as one late training step. */
    private static final float ONLINE_RATE = 3f;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final int bits;
    private final int mask;
    private String[] labels;
    private float[] weights; // feature-major: weights[(id & mask) * labels + label]
    private float[] bias;
    private long learned;
    private double l2 = L2;

    Classifier(List<String> labels, int bits) {
        if (!labels.contains(OK)) {
            throw new IllegalArgumentException("a classifier needs the label ok");
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.labels = labels.toArray(String[]::new);
        this.weights = new float[(1 << bits) * this.labels.length];
        this.bias = new float[this.labels.length];
    }

    /** Trains a fresh classifier; the examples are shuffled with a fixed seed, so training is repeatable. */
    static Classifier train(List<Example> examples, List<String> labels, int bits, int epochs) {
        return train(examples, labels, bits, epochs, FIRST_RATE, L2);
    }

    /**
     * Trains with a given first learning rate and L2 penalty: a small hand-written set needs a gentle
     * rate and a strong penalty, or its probabilities come out near 0 and 1 for anything it half knows.
     */
    static Classifier train(
            List<Example> examples, List<String> labels, int bits, int epochs, double firstRate, double l2) {
        Classifier classifier = new Classifier(labels, bits);
        classifier.l2 = l2;
        List<Features.Vector> vectors = new ArrayList<>(examples.size());
        int[] targets = new int[examples.size()];
        int[] nearMissOf = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            vectors.add(Features.of(example.text()).vector());
            targets[i] = classifier.labelIndex(example.label());
            // a near miss of a rule this model does not know is acceptable for every rule it knows
            nearMissOf[i] = example.nearMissOf() == null ? -1 : classifier.labelIndexOf(example.nearMissOf());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(20261127L);
        double[] probabilities = new double[labels.size()];
        long steps = (long) epochs * Math.max(1, examples.size());
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                // the rate falls tenfold over the run: fast first, settled at the end
                double rate = firstRate / (1 + 9.0 * step++ / steps);
                Features.Vector v = vectors.get(i);
                float weighted = (float) (rate * examples.get(i).weight());
                if (nearMissOf[i] >= 0) {
                    classifier.nearMissStep(v.ids(), v.values(), targets[i], nearMissOf[i], weighted, probabilities);
                } else {
                    classifier.step(v.ids(), v.values(), v.ids().length, targets[i], weighted, probabilities);
                }
            }
        }
        classifier.learned = examples.size();
        return classifier;
    }

    /** An independent copy, so that online learning can change it without touching the original. */
    Classifier copy() {
        lock.readLock().lock();
        try {
            Classifier copy = new Classifier(List.of(labels), bits);
            System.arraycopy(weights, 0, copy.weights, 0, weights.length);
            System.arraycopy(bias, 0, copy.bias, 0, bias.length);
            copy.learned = learned;
            copy.l2 = l2;
            return copy;
        } finally {
            lock.readLock().unlock();
        }
    }

    List<String> labels() {
        lock.readLock().lock();
        try {
            return List.of(labels);
        } finally {
            lock.readLock().unlock();
        }
    }

    int bits() {
        return bits;
    }

    long learned() {
        return learned;
    }

    /** The probability of each label (in {@link #labels()} order) for featurised text. */
    double[] probabilities(Features features) {
        lock.readLock().lock();
        try {
            double[] out = new double[labels.length];
            softmax(features, out);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For each token of the text, how much its unigram pushes towards {@code label} rather than towards ok. */
    double[] tokenPulls(Features features, int label) {
        lock.readLock().lock();
        try {
            int ok = labelIndexOf(OK);
            int n = labels.length;
            double[] pulls = new double[features.tokenCount()];
            for (int t = 0; t < pulls.length; t++) {
                int row = (features.tokenFeature(t) & mask) * n;
                pulls[t] = weights[row + label] - weights[row + ok];
            }
            return pulls;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One online gradient step towards {@code label}; an unknown rule label is added to the model. */
    void learn(Features features, String label) {
        lock.writeLock().lock();
        try {
            int target = labelIndexOf(label);
            if (target < 0) {
                target = addLabel(label);
            }
            step(features.ids(), features.values(), features.size(), target, ONLINE_RATE, new double[labels.length]);
            learned++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    int labelIndex(String label) {
        int index = labelIndexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("label '" + label + "' is not one of " + Arrays.toString(labels));
        }
        return index;
    }

    private int labelIndexOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private void softmax(Features features, double[] out) {
        softmax(features.ids(), features.values(), features.size(), out);
    }

    /** Each label's score before the softmax (bias plus weighted features), in {@link #labels()} order. */
    double[] logits(Features features) {
        lock.readLock().lock();
        try {
            double[] out = new double[labels.length];
            logits(features.ids(), features.values(), features.size(), out);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void logits(int[] ids, float[] values, int size, double[] out) {
        int n = labels.length;
        for (int c = 0; c < n; c++) {
            out[c] = bias[c];
        }
        for (int i = 0; i < size; i++) {
            int row = (ids[i] & mask) * n;
            float v = values[i];
            for (int c = 0; c < n; c++) {
                out[c] += weights[row + c] * v;
            }
        }
    }

    private void softmax(int[] ids, float[] values, int size, double[] out) {
        int n = labels.length;
        logits(ids, values, size, out);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < n; c++) {
            out[c] /= sum;
        }
    }

    private void step(int[] ids, float[] values, int size, int target, float rate, double[] probabilities) {
        int n = labels.length;
        softmax(ids, values, size, probabilities);
        for (int c = 0; c < n; c++) {
            probabilities[c] -= c == target ? 1 : 0; // now the gradient of the loss per label
            bias[c] -= (float) (rate * probabilities[c]);
        }
        for (int i = 0; i < size; i++) {
            int row = (ids[i] & mask) * n;
            float v = values[i];
            for (int c = 0; c < n; c++) {
                float w = weights[row + c];
                weights[row + c] = w - rate * (float) (probabilities[c] * v + l2 * w);
            }
        }
    }

    /**
     * A gradient step of the two-label model {@code ok} against {@code rule} alone (the softmax restricted to
     * those two labels): an acceptable near miss of the rule moves the weights of those two labels only, so
     * the other rules' weights stay exactly as they were.
     */
    private void nearMissStep(int[] ids, float[] values, int ok, int rule, float rate, double[] probabilities) {
        softmax(ids, values, ids.length, probabilities);
        double ruleShare = probabilities[rule] / (probabilities[rule] + probabilities[ok]);
        int[] pair = {ok, rule};
        double[] gradient = {-ruleShare, ruleShare};
        int n = labels.length;
        for (int k = 0; k < 2; k++) {
            int c = pair[k];
            bias[c] -= (float) (rate * gradient[k]);
            for (int i = 0; i < ids.length; i++) {
                int at = (ids[i] & mask) * n + c;
                float w = weights[at];
                weights[at] = w - rate * (float) (gradient[k] * values[i] + l2 * w);
            }
        }
    }

    private int addLabel(String label) {
        int n = labels.length;
        String[] grownLabels = Arrays.copyOf(labels, n + 1);
        grownLabels[n] = label;
        float[] grown = new float[(1 << bits) * (n + 1)];
        for (int row = 0; row < 1 << bits; row++) {
            System.arraycopy(weights, row * n, grown, row * (n + 1), n);
        }
        float[] grownBias = Arrays.copyOf(bias, n + 1);
        grownBias[n] = -2; // a new label starts unlikely until decisions teach it
        labels = grownLabels;
        weights = grown;
        bias = grownBias;
        return n;
    }

    /**
     * Writes the model: a header (magic, format version, table size, examples learnt), the labels, the
     * biases, then only the weights that are not zero, as gaps and half-precision values.
     */
    void write(DataOutputStream out) throws IOException {
        lock.readLock().lock();
        try {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeByte(bits);
            out.writeLong(learned);
            out.writeShort(labels.length);
            for (String label : labels) {
                out.writeUTF(label);
            }
            for (float b : bias) {
                out.writeFloat(b);
            }
            int nonZero = 0;
            for (float w : weights) {
                nonZero += w != 0 ? 1 : 0;
            }
            out.writeInt(nonZero);
            int previous = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] != 0) {
                    writeVarInt(out, i - previous); // gaps are small: a byte or two per weight
                    out.writeShort(Float.floatToFloat16(weights[i])); // half precision is plenty for a weight
                    previous = i;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    static Classifier read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Tribune classifier model");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("model format " + format + " is not supported (this build reads " + FORMAT + ")");
        }
        int bits = in.readByte();
        if (bits < 8 || bits > 24) {
            throw new IOException("model has an implausible size: 2^" + bits + " features");
        }
        long learned = in.readLong();
        int count = in.readShort();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(in.readUTF());
        }
        Classifier classifier = new Classifier(labels, bits);
        classifier.learned = learned;
        for (int i = 0; i < count; i++) {
            classifier.bias[i] = in.readFloat();
        }
        int nonZero = in.readInt();
        int index = 0;
        for (int i = 0; i < nonZero; i++) {
            index += readVarInt(in);
            if (index >= classifier.weights.length) {
                throw new IOException("model weights run past the table");
            }
            classifier.weights[index] = Float.float16ToFloat(in.readShort());
        }
        return classifier;
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed model: variable-length integer too long");
    }
}
