package io.tribune.moderation.engine.learning;

import java.util.Arrays;

/**
 * A comment's hashed features: folded word unigrams and bigrams, char 3-5-grams inside words, and
 * tokens for links, e-mail addresses, currency signs, exclamation marks and emoji. The buffers are
 * reused (one instance per thread, see {@link #local()}) so that featurising a comment allocates
 * next to nothing. Each token remembers where it came from in the original text, for evidence.
 */
final class Features {

    static final byte WORD = 0;
    static final byte SYMBOL = 1;
    static final byte LINK = 2;

    private static final int MAX_TOKEN_CHARS = 48;
    private static final float WORD_WEIGHT = 1f;
    private static final float CHAR_WEIGHT = 0.25f;
    private static final int FNV_SEED = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int UNIGRAM = 0x5BD1E995;
    private static final int BIGRAM = 0x27D4EB2F;
    private static final int[] LINK_TOKEN = {'#', 'u', 'r', 'l'};
    private static final int[] EMAIL_TOKEN = {'#', 'm', 'a', 'i', 'l'};

    private static final ThreadLocal<Features> LOCAL = ThreadLocal.withInitial(Features::new);

    // tokens: folded chars in one buffer, with spans into it and into the original text
    private char[] chars = new char[512];
    private int charCount;
    private int[] tokenStart = new int[128];
    private int[] tokenEnd = new int[128];
    private int[] tokenFrom = new int[128];
    private int[] tokenTo = new int[128];
    private int[] tokenFeature = new int[128];
    private byte[] tokenKind = new byte[128];
    private int tokens;

    // features: hashed ids (before masking) and weights, each id once after featurize()
    private int[] ids = new int[1024];
    private float[] values = new float[1024];
    private int size;

    // scratch for merging repeated features: id and position, and the values as added
    private long[] order = new long[1024];
    private float[] added = new float[1024];

    private boolean inWord;

    /** This thread's reusable instance; its content is valid until the thread featurises again. */
    static Features local() {
        return LOCAL.get();
    }

    /** Fresh features of one text (for training sets, where each example keeps its own). */
    static Features of(String text) {
        Features features = new Features();
        features.extract(text);
        return features;
    }

    Features extract(String text) {
        charCount = 0;
        tokens = 0;
        size = 0;
        inWord = false;
        tokenize(text);
        featurize();
        return this;
    }

    int size() {
        return size;
    }

    int id(int i) {
        return ids[i];
    }

    float value(int i) {
        return values[i];
    }

    /** The raw id buffer; only the first {@link #size()} entries are this text's. */
    int[] ids() {
        return ids;
    }

    float[] values() {
        return values;
    }

    int tokenCount() {
        return tokens;
    }

    byte tokenKind(int t) {
        return tokenKind[t];
    }

    /** The hashed id of token {@code t}'s unigram feature. */
    int tokenFeature(int t) {
        return tokenFeature[t];
    }

    int tokenFrom(int t) {
        return tokenFrom[t];
    }

    int tokenTo(int t) {
        return tokenTo[t];
    }

    /** A compact copy of the feature ids and weights, for training. */
    Features.Vector vector() {
        return new Vector(Arrays.copyOf(ids, size), Arrays.copyOf(values, size));
    }

    /** A stored feature vector. */
    record Vector(int[] ids, float[] values) {}

    private void tokenize(String text) {
        int n = text.length();
        boolean chunkStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                endWord();
                chunkStart = true;
                i++;
                continue;
            }
            if (chunkStart) {
                chunkStart = false;
                int chunkEnd = chunkEnd(text, i);
                Links.Kind link = Links.kindOf(text, i, chunkEnd);
                if (link == Links.Kind.EMAIL) {
                    endWord();
                    addToken(EMAIL_TOKEN, LINK, i, chunkEnd);
                    i = chunkEnd;
                    continue;
                }
                if (link == Links.Kind.URL) {
                    endWord();
                    addToken(LINK_TOKEN, LINK, i, chunkEnd);
                }
            }
            char folded = Folding.fold(c);
            if (folded == Folding.SEPARATOR) {
                endWord();
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (isSymbolToken(cp)) {
                    addToken(new int[] {cp}, SYMBOL, i, i + width);
                }
                i += width;
                continue;
            }
            if (folded != 0) {
                if (!inWord) {
                    startWord(i);
                }
                if (folded == Folding.EXPANDS) {
                    String expanded = Folding.expand(c);
                    for (int k = 0; k < expanded.length(); k++) {
                        appendChar(expanded.charAt(k));
                    }
                } else {
                    appendChar(folded);
                }
                tokenTo[tokens] = i + 1;
            } else if (inWord) {
                tokenTo[tokens] = i + 1;
            }
            i++;
        }
        endWord();
    }

    private static int chunkEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSymbolToken(int cp) {
        if (cp == '!' || cp == '?') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    private void startWord(int from) {
        ensureTokenRoom();
        inWord = true;
        tokenStart[tokens] = charCount;
        tokenFrom[tokens] = from;
        tokenTo[tokens] = from + 1;
        tokenKind[tokens] = WORD;
    }

    private void appendChar(char c) {
        if (charCount - tokenStart[tokens] >= MAX_TOKEN_CHARS) {
            return;
        }
        if (charCount == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[charCount++] = c;
    }

    private void endWord() {
        if (!inWord) {
            return;
        }
        inWord = false;
        tokenEnd[tokens] = charCount;
        tokens++;
    }

    private void addToken(int[] codePoints, byte kind, int from, int to) {
        ensureTokenRoom();
        tokenStart[tokens] = charCount;
        for (int cp : codePoints) {
            for (char c : Character.toChars(cp)) {
                if (charCount == chars.length) {
                    chars = Arrays.copyOf(chars, chars.length * 2);
                }
                chars[charCount++] = c;
            }
        }
        tokenEnd[tokens] = charCount;
        tokenFrom[tokens] = from;
        tokenTo[tokens] = to;
        tokenKind[tokens] = kind;
        tokens++;
    }

    private void ensureTokenRoom() {
        if (tokens + 1 >= tokenStart.length) {
            int grown = tokenStart.length * 2;
            tokenStart = Arrays.copyOf(tokenStart, grown);
            tokenEnd = Arrays.copyOf(tokenEnd, grown);
            tokenFrom = Arrays.copyOf(tokenFrom, grown);
            tokenTo = Arrays.copyOf(tokenTo, grown);
            tokenFeature = Arrays.copyOf(tokenFeature, grown);
            tokenKind = Arrays.copyOf(tokenKind, grown);
        }
    }

    private void featurize() {
        int previous = 0;
        for (int t = 0; t < tokens; t++) {
            int start = tokenStart[t];
            int end = tokenEnd[t];
            int hash = FNV_SEED;
            for (int k = start; k < end; k++) {
                hash = (hash ^ chars[k]) * FNV_PRIME;
            }
            int unigram = mix(hash ^ UNIGRAM);
            tokenFeature[t] = unigram;
            add(unigram, WORD_WEIGHT);
            if (t > 0) {
                add(mix(previous * 31 + hash ^ BIGRAM), WORD_WEIGHT);
            }
            previous = hash;
            if (tokenKind[t] == WORD) {
                addCharGrams(start, end);
            }
        }
        merge();
        normalize();
    }

    /** Char 3-, 4- and 5-grams of the word padded with a space on each side. */
    private void addCharGrams(int start, int end) {
        int padded = end - start + 2;
        for (int from = 0; from < padded - 2; from++) {
            int hash = FNV_SEED;
            for (int n = 1; n <= 5 && from + n <= padded; n++) {
                int at = from + n - 1;
                char c = at == 0 || at == padded - 1 ? ' ' : chars[start + at - 1];
                hash = (hash ^ c) * FNV_PRIME;
                if (n >= 3) {
                    add(mix(hash + n), CHAR_WEIGHT);
                }
            }
        }
    }

    private void add(int id, float value) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size] = value;
        size++;
    }

    /**
     * Adds up the values of a feature found more than once, so that {@link #normalize} sees the vector's true
     * length. Scaled entry by entry instead, a word repeated n times kept about the square root of n times
     * the weight of a word found once: a long comment pushed its labels towards certainty on its commonest
     * words (a 900-character German comment was held for extremism on "und").
     */
    private void merge() {
        if (order.length < size) {
            order = new long[ids.length];
            added = new float[ids.length];
        }
        for (int i = 0; i < size; i++) {
            order[i] = ((long) ids[i] << 32) | i;
            added[i] = values[i];
        }
        Arrays.sort(order, 0, size);
        int merged = 0;
        for (int k = 0; k < size; k++) {
            int id = (int) (order[k] >> 32);
            float value = added[(int) order[k]];
            if (merged > 0 && ids[merged - 1] == id) {
                values[merged - 1] += value;
            } else {
                ids[merged] = id;
                values[merged] = value;
                merged++;
            }
        }
        size = merged;
    }

    /** Scales to unit length so long and short comments train at the same rate. */
    private void normalize() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i] * values[i];
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < size; i++) {
            values[i] *= scale;
        }
    }

    /** Murmur3's finaliser: spreads the bits so that masking keeps a good hash. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
