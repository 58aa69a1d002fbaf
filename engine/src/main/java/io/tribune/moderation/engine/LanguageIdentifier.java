package io.tribune.moderation.engine;

import java.util.Optional;
import java.util.Set;

/** Tells which language a text is in, among candidate language codes. */
public interface LanguageIdentifier {

    /** The most likely language with its confidence, or empty when the text gives no reliable signal. */
    Optional<Evidence.Language> identify(String text, Set<String> candidates);

    /** For engines built without language identification: never answers. */
    LanguageIdentifier NONE = (text, candidates) -> Optional.empty();
}
