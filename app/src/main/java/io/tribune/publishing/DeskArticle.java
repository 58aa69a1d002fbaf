package io.tribune.publishing;

import java.time.Instant;

/**
 * An article as the newsroom lists it, whatever its state.
 *
 * @param state {@code DRAFT}, {@code SCHEDULED}, {@code PUBLISHED} or {@code WITHDRAWN}
 * @param publishAt when a scheduled article is due, otherwise null
 * @param path the public address while published, otherwise null
 */
public record DeskArticle(long id, String headline, String state, Instant modifiedAt, Instant publishAt, String path) {}
