package io.tribune.accounts.core;

import org.springframework.security.crypto.password.PasswordEncoder;

/** A password encoder whose every hash waits for one of the {@link HashPermits}. */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final HashPermits permits;

    BoundedPasswordEncoder(PasswordEncoder hashing, HashPermits permits) {
        this.hashing = hashing;
        this.permits = permits;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return permits.hash(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return permits.hash(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }
}
