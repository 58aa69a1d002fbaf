package io.tribune.search;

import java.time.Instant;

/**
 * What a reader asks the search of an edition.
 *
 * @param text the reader's words, in the simple syntax the page explains ("phrase", -word, word*)
 * @param section a section slug to keep to, or null
 * @param tag a tag slug to keep to, or null
 * @param from the earliest publication time, or null
 * @param to the latest publication time, or null
 * @param page counted from 1
 */
public record SearchQuery(
        String edition, String text, String section, String tag, Instant from, Instant to, int page, int size) {}
