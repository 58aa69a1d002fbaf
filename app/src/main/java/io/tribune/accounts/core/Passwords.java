package io.tribune.accounts.core;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place a typed password is compared with an account's. Every check costs one hash, whether
 * the account exists, has a password or not, so the answer's timing tells nothing; an account
 * without a password (joined through a provider) never matches anything typed.
 */
@Component
public class Passwords {

    private final PasswordEncoder encoder;
    /** Stands in for a missing hash; made from random bytes, so no typed text can match it. */
    private final String standIn;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.standIn = encoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    /** Whether {@code given} is the account's password; false for no account, no password or absurd input. */
    public boolean matches(Optional<Account> account, String given) {
        String hash = account.map(Account::passwordHash).orElse(null);
        String typed = given == null || given.length() > PasswordPolicy.MAX_LENGTH * 4 ? "" : given;
        boolean matches = encoder.matches(typed, hash == null ? standIn : hash);
        return hash != null && matches;
    }

    public boolean matches(Account account, String given) {
        return matches(Optional.of(account), given);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }
}
