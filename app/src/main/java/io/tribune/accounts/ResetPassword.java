package io.tribune.accounts;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a new password from a reset link. The link is checked before the password so that a
 * rejected password does not use it up; once the password is set the link, every other reset link,
 * every remember-me token and every open session of the account stop working.
 */
@Service
class ResetPassword {

    private final OneTimeLinks links;
    private final AccountRepository accounts;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;

    ResetPassword(OneTimeLinks links, AccountRepository accounts, PasswordPolicy passwords, PasswordEncoder encoder) {
        this.links = links;
        this.accounts = accounts;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    boolean isLinkValid(String token) {
        return links.peek(token, OneTimeLinks.Purpose.RESET_PASSWORD)
                .flatMap(accounts::find)
                .isPresent();
    }

    /** Empty when the link is not valid (any more); otherwise the problems with the password, if any. */
    @Transactional
    Optional<Problems> reset(String token, String password) {
        Optional<Account> account = links.peek(token, OneTimeLinks.Purpose.RESET_PASSWORD)
                .flatMap(accounts::find)
                .filter(Account::isActive);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String problem =
                passwords.problem(password, account.get().email(), account.get().displayName());
        if (problem != null) {
            return Optional.of(Problems.builder().add("password", problem).build());
        }
        if (links.redeem(token, OneTimeLinks.Purpose.RESET_PASSWORD).isEmpty()) {
            return Optional.empty();
        }
        accounts.changePassword(account.get().id(), encoder.encode(password));
        links.revokeAll(account.get().id(), OneTimeLinks.Purpose.RESET_PASSWORD);
        return Optional.of(Problems.none());
    }
}
