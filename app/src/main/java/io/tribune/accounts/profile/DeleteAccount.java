package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountLetters;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner deletes their account: it is deactivated at once (sessions and remember-me end, log-in
 * is refused) and a restore link valid for 30 days goes to the registration address. The data
 * itself is erased later by {@link PurgeDeletedAccounts}.
 */
@Service
public class DeleteAccount {

    public static final Duration RESTORE_PERIOD = Duration.ofDays(30);

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final AccountLetters letters;
    private final Editions editions;
    private final Clock clock;

    public DeleteAccount(
            AccountRepository accounts, OneTimeLinks links, AccountLetters letters, Editions editions, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.letters = letters;
        this.editions = editions;
        this.clock = clock;
    }

    @Transactional
    public boolean delete(AccountId id, String editionCode) {
        Instant now = clock.instant();
        var account = accounts.find(id).filter(Account::isActive);
        if (account.isEmpty() || !accounts.deactivate(id, now)) {
            return false;
        }
        links.revokeAll(id, OneTimeLinks.Purpose.RESET_PASSWORD);
        sendRestoreLink(account.get(), editionCode, now.plus(RESTORE_PERIOD));
        return true;
    }

    /**
     * Deactivates the account as {@link #delete} does, but sends no restore link and revokes any that is
     * out: an administrator's deletion is not the owner's to undo. The data is erased on the same schedule.
     * Empty when the account is unknown or already inactive; nothing is changed then.
     */
    @Transactional
    public Optional<Account> deleteWithoutNotice(AccountId id) {
        var account = accounts.find(id).filter(Account::isActive);
        if (account.isEmpty() || !accounts.deactivate(id, clock.instant())) {
            return Optional.empty();
        }
        links.revokeAll(id, OneTimeLinks.Purpose.RESET_PASSWORD);
        links.revokeAll(id, OneTimeLinks.Purpose.RESTORE_ACCOUNT);
        return account;
    }

    /** Mails a fresh restore link that ends when the restore period of the deactivated account ends. */
    public void sendRestoreLink(Account account, String editionCode, Instant until) {
        String token = links.issueUntil(account.id(), OneTimeLinks.Purpose.RESTORE_ACCOUNT, until);
        letters.restoreAccount(account.email(), editions.find(editionCode).orElse(editions.fallback()), token, until);
    }

    @Transactional
    public boolean restore(String token) {
        return links.redeem(token, OneTimeLinks.Purpose.RESTORE_ACCOUNT)
                .map(accounts::reactivate)
                .orElse(false);
    }
}
