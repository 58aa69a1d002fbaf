package io.tribune.moderation.engine.quality;

import io.tribune.moderation.engine.semantic.SentenceEncoder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers embeddings, so that cross-validation embeds each comment once for all its folds. */
final class CachingEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    CachingEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return encoder.name();
    }

    @Override
    public Set<String> languages() {
        return encoder.languages();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[] encode(String text) {
        return cache.computeIfAbsent(text, encoder::encode);
    }
}
