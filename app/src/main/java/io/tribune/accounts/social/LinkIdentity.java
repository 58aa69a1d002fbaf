package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.LogInAttempt;
import io.tribune.accounts.signin.LogInResult;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * "Yes, I already have an account": the reader proves the account with its address and password,
 * checked exactly as a log-in is (throttling, captcha after failures, deleted accounts refused, the
 * same answer for unknown addresses), and the provider identity is linked to it.
 */
@Service
class LinkIdentity {

    private final LogIn logIn;
    private final AccountRepository accounts;
    private final IdentityRepository identities;
    private final Clock clock;

    LinkIdentity(LogIn logIn, AccountRepository accounts, IdentityRepository identities, Clock clock) {
        this.logIn = logIn;
        this.accounts = accounts;
        this.identities = identities;
        this.clock = clock;
    }

    LogInResult link(SocialIdentity identity, LogInAttempt attempt) {
        LogInResult result = logIn.logIn(attempt);
        if (!result.isSignedIn()) {
            return result;
        }
        if (!linkTo(result.account(), identity)) {
            // linked to another account meanwhile: never move an identity between accounts
            return new LogInResult(LogInResult.Outcome.REFUSED, null, false);
        }
        return result;
    }

    /**
     * Links the identity to the account; false when another account holds it already, or when the
     * account is not active or its address not confirmed — anyone may register any address, so an
     * unconfirmed account may be a stranger's trap for its owner.
     */
    boolean linkTo(AccountId account, SocialIdentity identity) {
        if (accounts.find(account).filter(a -> a.isActive() && a.isConfirmed()).isEmpty()) {
            return false;
        }
        Optional<AccountId> owner = identities.accountOf(identity);
        if (owner.isPresent()) {
            return owner.get().equals(account);
        }
        try {
            identities.link(account, identity, clock.instant());
            return true;
        } catch (DuplicateKeyException raced) {
            return identities.accountOf(identity).filter(account::equals).isPresent();
        }
    }
}
