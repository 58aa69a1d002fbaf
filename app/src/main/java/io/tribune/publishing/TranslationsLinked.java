package io.tribune.publishing;

/**
 * Articles of different editions were linked as the same story, or one was unlinked: their pages'
 * alternate-language links changed.
 */
public record TranslationsLinked(String story) {}
