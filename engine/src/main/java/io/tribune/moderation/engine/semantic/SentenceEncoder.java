package io.tribune.moderation.engine.semantic;

import java.util.Set;

/** Turns a text into a unit-length vector whose dot product with another measures closeness in meaning. */
public interface SentenceEncoder {

    /** A short name for logs and status, e.g. {@code all-MiniLM-L6-v2-q}. */
    String name();

    /** The languages (ISO 639-1) the model was trained for; editions in other languages keep the lexical engine. */
    Set<String> languages();

    int dimension();

    /** The L2-normalised embedding of {@code text}; a blank text gives the embedding of the special tokens alone. */
    float[] encode(String text);

    default boolean covers(String language) {
        return languages().contains(language);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
