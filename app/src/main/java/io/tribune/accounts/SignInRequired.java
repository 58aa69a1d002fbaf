package io.tribune.accounts;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests of another module that only a signed-in reader may make (e.g. posting a comment). Declared
 * as a bean; the accounts module sends anyone else to the edition's log-in page, as it does for the
 * reader's own account pages, and the handler takes the reader's {@link AccountId}.
 */
public record SignInRequired(RequestMatcher requests) {}
