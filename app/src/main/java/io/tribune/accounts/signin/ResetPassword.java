package io.tribune.accounts.signin;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.social.IdentityRepository;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a new password from a reset link. The link is checked before the password so that a
 * rejected password does not use it up; once the password is set the link, every other reset link,
 * every remember-me token and every open session of the account stop working. When the account had a
 * password, the provider sign-ins linked before the reset are removed too: whoever knew that password
 * may have linked their own to keep a way in, and the owner links theirs again from the profile. An
 * account without a password got its sign-ins only from its owner's provider, which vouched for the
 * address, so those stay.
 */
@Service
public class ResetPassword {

    private final OneTimeLinks links;
    private final AccountRepository accounts;
    private final IdentityRepository identities;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;

    ResetPassword(
            OneTimeLinks links,
            AccountRepository accounts,
            IdentityRepository identities,
            PasswordPolicy passwords,
            PasswordEncoder encoder) {
        this.links = links;
        this.accounts = accounts;
        this.identities = identities;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    public boolean isLinkValid(String token) {
        return links.peek(token, OneTimeLinks.Purpose.RESET_PASSWORD)
                .flatMap(accounts::find)
                .isPresent();
    }

    /** Empty when the link is not valid (any more); otherwise how the reset ended. */
    @Transactional
    public Optional<PasswordReset> reset(String token, String password) {
        Optional<Account> account = links.peek(token, OneTimeLinks.Purpose.RESET_PASSWORD)
                .flatMap(accounts::find)
                .filter(Account::isActive);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String problem =
                passwords.problem(password, account.get().email(), account.get().displayName());
        if (problem != null) {
            return Optional.of(new PasswordReset(
                    Problems.builder().add("password", problem).build(), 0));
        }
        if (links.redeem(token, OneTimeLinks.Purpose.RESET_PASSWORD).isEmpty()) {
            return Optional.empty();
        }
        accounts.changePassword(account.get().id(), encoder.encode(password));
        links.revokeAll(account.get().id(), OneTimeLinks.Purpose.RESET_PASSWORD);
        int unlinked = account.get().passwordHash() == null
                ? 0
                : identities.unlinkAll(account.get().id());
        return Optional.of(new PasswordReset(Problems.none(), unlinked));
    }
}
