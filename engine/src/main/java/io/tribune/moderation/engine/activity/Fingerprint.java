package io.tribune.moderation.engine.activity;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A MinHash signature of a normalised text over its character 4-grams: two fingerprints estimate the
 * Jaccard similarity of their texts, and their LSH band keys find near-duplicate candidates by lookup.
 */
public final class Fingerprint {

    static final int HASHES = 128;
    static final int BANDS = 16;
    static final int ROWS = 2;
    private static final int SHINGLE = 4;
    private static final int MAX_CHARS = 1_500;
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] OFFSETS = new long[HASHES];

    static {
        // Fixed seed: every node of an installation must compute the same signatures.
        SplittableRandom random = new SplittableRandom(0x7121_b0e5L);
        for (int i = 0; i < HASHES; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            OFFSETS[i] = random.nextLong();
        }
    }

    /** The fingerprint of a text with no letters or digits: similar to nothing. */
    public static final Fingerprint EMPTY = new Fingerprint(new int[0]);

    /** The stored form it was read from, decoded at first use; null for one computed here. */
    private final String encoded;

    private volatile int[] minima;

    private Fingerprint(int[] minima) {
        this.encoded = null;
        this.minima = minima;
    }

    private Fingerprint(String encoded) {
        this.encoded = encoded;
    }

    /** The fingerprint of a text already normalised (lower case, words separated by single spaces). */
    public static Fingerprint of(String normalised) {
        if (normalised.isEmpty()) {
            return EMPTY;
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        // A mob's slogan is short; the beginning of a long text is enough and keeps the work bounded.
        int last = Math.max(0, Math.min(normalised.length(), MAX_CHARS) - SHINGLE);
        for (int start = 0; start <= last; start++) {
            long base = mix(shingleHash(normalised, start, Math.min(normalised.length(), start + SHINGLE)));
            for (int i = 0; i < HASHES; i++) {
                long h = (base * MULTIPLIERS[i] + OFFSETS[i]) >>> 32;
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = (int) minima[i];
        }
        return new Fingerprint(signature);
    }

    public boolean isEmpty() {
        return minima().length == 0;
    }

    /** The estimated Jaccard similarity of the two texts' 4-gram sets, in [0,1]. */
    public double similarity(Fingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int[] mine = minima();
        int[] theirs = other.minima();
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mine[i] == theirs[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * One key per LSH band (rows of the signature hashed together); texts with Jaccard similarity 0.5
     * share at least one band with probability about 0.99, at 0.45 about 0.97, at 0.1 about 0.15; 16 keys keep the index small.
     */
    public List<String> bandKeys() {
        if (isEmpty()) {
            return List.of();
        }
        int[] signature = minima();
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature[band * ROWS + row]);
            }
            keys.add(band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** A compact text form for storage. */
    public String encode() {
        int[] signature = minima();
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int m : signature) {
            bytes.putInt(m);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Reads {@link #encode()}'s form; anything unreadable is the empty fingerprint. The reading itself
     * waits for the first use: a screening reads up to 500 recent comments' fingerprints and compares
     * few of them (flood compares only the author's own).
     */
    public static Fingerprint decode(String encoded) {
        return encoded == null || encoded.isEmpty() ? EMPTY : new Fingerprint(encoded);
    }

    private int[] minima() {
        int[] signature = minima;
        if (signature == null) {
            signature = read(encoded);
            minima = signature;
        }
        return signature;
    }

    private static int[] read(String encoded) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return new int[0];
        }
        if (raw.length != HASHES * Integer.BYTES) {
            return new int[0];
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = bytes.getInt();
        }
        return signature;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint f && Arrays.equals(minima(), f.minima());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima());
    }

    @Override
    public String toString() {
        return "Fingerprint[" + (isEmpty() ? "empty" : encode().substring(0, 12) + "…") + "]";
    }

    private static long shingleHash(String text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
