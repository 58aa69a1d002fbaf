package io.tribune.accounts;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in on the current request: the one place that reads the security context. Pages take
 * the account as an {@link AccountId} parameter instead (the web layer resolves it from here).
 */
public final class SignedIn {

    private SignedIn() {}

    /** The account signed in on this request (by password, provider or remember-me), if any. */
    public static Optional<AccountId> account() {
        return account(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The account an authentication stands for; empty for none and for anonymous visitors. */
    public static Optional<AccountId> account(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return AccountId.parse(authentication.getName());
    }
}
