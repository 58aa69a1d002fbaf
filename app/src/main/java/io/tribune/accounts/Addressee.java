package io.tribune.accounts;

/**
 * Where to mail a reader about a topic they chose: their confirmed address, and the edition they
 * registered in (whose language a letter falls back to when nothing else decides it).
 */
public record Addressee(AccountId id, String email, String edition) {}
