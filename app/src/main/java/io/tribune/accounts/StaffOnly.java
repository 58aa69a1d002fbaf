package io.tribune.accounts;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests of another module that only those holding {@code role} in the edition the path names may
 * make, and administrators in every edition (e.g. the newsroom, for editors). Declared as a bean; the
 * accounts module sends a visitor who is not signed in to the edition's log-in page and answers anyone
 * else 404, as if the pages did not exist. Roles are read afresh on each request, so a revoked role
 * ends access at once; the handler takes the {@link AccountId}.
 */
public record StaffOnly(RequestMatcher requests, Role role) {}
