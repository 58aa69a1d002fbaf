package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Consent;
import io.tribune.accounts.core.CurrentPassword;
import io.tribune.accounts.core.DisplayNames;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.accounts.core.Passwords;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reader's own changes on the profile page: display name, password, consent, notification choices. */
@Service
public class ChangeProfile {

    private final AccountRepository accounts;
    private final PasswordPolicy passwords;
    private final Passwords hashes;
    private final CurrentPassword currentPassword;
    private final Clock clock;
    private final PrivacyPolicy privacyPolicy;
    private final NotificationChoices notificationChoices;

    ChangeProfile(
            AccountRepository accounts,
            PasswordPolicy passwords,
            Passwords hashes,
            CurrentPassword currentPassword,
            Clock clock,
            PrivacyPolicy privacyPolicy,
            NotificationChoices notificationChoices) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.hashes = hashes;
        this.currentPassword = currentPassword;
        this.clock = clock;
        this.privacyPolicy = privacyPolicy;
        this.notificationChoices = notificationChoices;
    }

    @Transactional
    public Problems rename(AccountId id, String displayName) {
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        DisplayNames.Result name = DisplayNames.check(displayName);
        if (account.isEmpty() || name.name().isEmpty()) {
            return Problems.builder()
                    .add("displayName", name.problem() == null ? "account.error.displayName.length" : name.problem())
                    .build();
        }
        accounts.rename(id, name.name().get());
        return Problems.none();
    }

    /**
     * Checks the current password (guesses counted like log-in failures), then sets the new one;
     * other sessions and outstanding reset links end, as after a reset. An account made through a
     * provider's sign-in has no password yet: it sets its first one here.
     */
    @Transactional
    public Problems changePassword(AccountId id, String current, String next, String remoteAddress) {
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        if (account.isEmpty()) {
            return Problems.builder()
                    .add("current", "account.error.password.current")
                    .build();
        }
        if (account.get().passwordHash() != null) {
            String refused =
                    currentPassword.check(account.get(), current, remoteAddress).problem();
            if (refused != null) {
                return Problems.builder().add("current", refused).build();
            }
        }
        String problem =
                passwords.problem(next, account.get().email(), account.get().displayName());
        if (problem != null) {
            return Problems.builder().add("password", problem).build();
        }
        accounts.changePassword(id, hashes.hash(next));
        return Problems.none();
    }

    @Transactional
    public void withdrawConsent(AccountId id) {
        accounts.withdrawConsent(id, clock.instant());
    }

    @Transactional
    public void giveConsent(AccountId id) {
        if (accounts.consents(id).stream().noneMatch(privacyPolicy::isAgreedBy)) {
            accounts.recordConsent(id, privacyPolicy.version(), clock.instant());
        }
    }

    public List<Consent> consents(AccountId id) {
        return accounts.consents(id);
    }

    /** Whether the reader's agreement to the privacy policy in force stands; false after a new version. */
    public boolean hasAgreedToThePrivacyPolicy(AccountId id) {
        return accounts.consents(id).stream().anyMatch(privacyPolicy::isAgreedBy);
    }

    /** Whether the account still has a generated one-time password that must be changed first. */
    public boolean mustChangePassword(AccountId id) {
        return accounts.find(id).map(Account::mustChangePassword).orElse(false);
    }

    /** What the reader wants to be told about; empty for inactive accounts. */
    public Optional<NotificationPreferences> notificationPreferences(AccountId id) {
        return accounts.find(id).filter(Account::isActive).map(a -> notificationChoices.of(id));
    }

    public void chooseNotifications(AccountId id, NotificationPreferences preferences) {
        if (accounts.find(id).filter(Account::isActive).isPresent()) {
            notificationChoices.choose(id, preferences);
        }
    }
}
