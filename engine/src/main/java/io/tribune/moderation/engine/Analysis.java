package io.tribune.moderation.engine;

/**
 * A piece of analysis computed at most once per screening and shared by the detectors that need it
 * (normalised text, tokens, language). Use a single constant instance per kind as the key.
 */
@FunctionalInterface
public interface Analysis<T> {

    T compute(Screening screening);
}
