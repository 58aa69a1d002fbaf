package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.signin.LogInAttempt;
import io.tribune.accounts.signin.LogInResult;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Sign-in through OAuth2 / OpenID Connect providers: what pages may ask once a provider has said who
 * the person is. The provider round trip itself is Spring Security's; this decides what the identity
 * means here — a linked account, a deleted one, or a newcomer to ask "Do you already have an account?"
 */
@Service
public class SocialIdentities {

    private final AccountRepository accounts;
    private final IdentityRepository identities;
    private final LinkIdentity linkIdentity;
    private final RegisterWithIdentity registerWithIdentity;
    private final UnlinkIdentity unlinkIdentity;

    SocialIdentities(
            AccountRepository accounts,
            IdentityRepository identities,
            LinkIdentity linkIdentity,
            RegisterWithIdentity registerWithIdentity,
            UnlinkIdentity unlinkIdentity) {
        this.accounts = accounts;
        this.identities = identities;
        this.linkIdentity = linkIdentity;
        this.registerWithIdentity = registerWithIdentity;
        this.unlinkIdentity = unlinkIdentity;
    }

    /** The account a provider identity opens, if it is linked to one that may log in. */
    public SocialLogInResult logIn(SocialIdentity identity) {
        Optional<AccountId> linked = identity.isUsable() ? identities.accountOf(identity) : Optional.empty();
        if (linked.isEmpty()) {
            return new SocialLogInResult(SocialLogInResult.Outcome.NOT_LINKED, null);
        }
        Optional<Account> account = accounts.find(linked.get());
        if (account.filter(Account::isActive).isEmpty()) {
            return new SocialLogInResult(SocialLogInResult.Outcome.DEACTIVATED, null);
        }
        return account.get().isConfirmed()
                ? new SocialLogInResult(SocialLogInResult.Outcome.SIGNED_IN, linked.get())
                : new SocialLogInResult(SocialLogInResult.Outcome.UNCONFIRMED, null);
    }

    /** "Yes": links the identity to the account whose address and password are given, checked as a log-in. */
    public LogInResult link(SocialIdentity identity, LogInAttempt attempt) {
        if (!identity.isUsable()) {
            return new LogInResult(LogInResult.Outcome.REFUSED, null, false);
        }
        return linkIdentity.link(identity, attempt);
    }

    /** A signed-in reader adds a provider sign-in; false when it is linked to another account or theirs is unconfirmed. */
    public boolean linkTo(AccountId account, SocialIdentity identity) {
        return identity.isUsable() && linkIdentity.linkTo(account, identity);
    }

    /** "No": creates a new account for the identity; see {@link SocialRegistrationResult.Outcome}. */
    public SocialRegistrationResult register(SocialRegistration registration) {
        if (!registration.identity().isUsable()) {
            return SocialRegistrationResult.refused(Problems.builder()
                    .add("form", "accounts.social.failed.text")
                    .build());
        }
        return registerWithIdentity.register(registration);
    }

    public List<LinkedIdentity> linked(AccountId account) {
        return identities.of(account);
    }

    /** Whether the account can log in with a password (accounts made through a provider start without one). */
    public boolean hasPassword(AccountId account) {
        return accounts.find(account).map(a -> a.passwordHash() != null).orElse(false);
    }

    /** Unlinks one of the account's identities, unless it is the last way in to an account without a password. */
    public Problems unlink(AccountId account, long identity) {
        return unlinkIdentity.unlink(account, identity);
    }
}
