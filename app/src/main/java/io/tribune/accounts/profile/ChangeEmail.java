package io.tribune.accounts.profile;

import io.tribune.accounts.AccountConfirmed;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountLetters;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.CurrentPassword;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.editions.Edition;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader moves their account to a new address. The current password is asked for, then a
 * one-time link goes to the new address and nothing changes until it is opened; then the old address
 * is told. When the new address already has an account the page says the same as always and only
 * that address's owner hears of it, so the form reveals no one's account. A reader may ask only a few
 * times an hour, so the form cannot be used to flood an inbox.
 */
@Service
public class ChangeEmail {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final PendingEmailChanges pending;
    private final OneTimeLinks links;
    private final AccountLetters letters;
    private final CurrentPassword currentPassword;
    private final ApplicationEventPublisher events;
    private final RequestQuotas quotas;
    private final Clock clock;

    ChangeEmail(
            AccountRepository accounts,
            PendingEmailChanges pending,
            OneTimeLinks links,
            AccountLetters letters,
            CurrentPassword currentPassword,
            ApplicationEventPublisher events,
            RequestQuotas quotas,
            Clock clock) {
        this.accounts = accounts;
        this.pending = pending;
        this.links = links;
        this.letters = letters;
        this.currentPassword = currentPassword;
        this.events = events;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Transactional
    public Problems request(
            AccountId id, String newEmail, String currentPassword, Edition edition, String remoteAddress) {
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        if (account.isEmpty()) {
            return Problems.builder()
                    .add("emailPassword", "account.error.password.current")
                    .build();
        }
        String refused = this.currentPassword
                .check(account.get(), currentPassword, remoteAddress)
                .problem();
        if (refused != null) {
            return Problems.builder().add("emailPassword", refused).build();
        }
        Optional<EmailAddress> address = EmailAddress.parse(newEmail);
        if (address.isEmpty()) {
            return Problems.builder()
                    .add("newEmail", "account.error.email.invalid")
                    .build();
        }
        String to = address.get().value();
        if (to.equals(account.get().email())) {
            return Problems.builder()
                    .add("newEmail", "accounts.email.error.same")
                    .build();
        }
        // every request that gets this far mails someone: the new address, or the owner of a taken one
        if (!quotas.take(RequestQuotas.Request.EMAIL_CHANGE, id, remoteAddress)) {
            return Problems.builder().add("newEmail", "accounts.limits.email").build();
        }
        if (accounts.findByEmail(to).isPresent()) {
            letters.addressTaken(to, edition);
            return Problems.none();
        }
        // only the newest request counts: an older link, perhaps to a mistyped address, stops working
        links.revokeAll(id, OneTimeLinks.Purpose.CHANGE_EMAIL);
        pending.clear(id);
        String token = links.issue(id, OneTimeLinks.Purpose.CHANGE_EMAIL, LINK_LIFETIME);
        pending.add(token, id, to);
        letters.confirmEmailChange(to, account.get().displayName(), edition, token);
        return Problems.none();
    }

    /** The account's email address, for its owner's profile page only. */
    public Optional<String> currentAddress(AccountId id) {
        return accounts.find(id).filter(Account::isActive).map(Account::email);
    }

    /**
     * Moves the account to the address the link was sent to; empty when the link is unknown,
     * expired or used, the account is no longer active, or the address was taken meanwhile.
     */
    @Transactional
    public Optional<AccountId> confirm(String token, Edition edition) {
        Optional<String> newEmail =
                Optional.ofNullable(token).filter(t -> t.length() <= 64).flatMap(pending::newEmail);
        Optional<AccountId> id = links.redeem(token, OneTimeLinks.Purpose.CHANGE_EMAIL);
        if (id.isEmpty() || newEmail.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(id.get()).filter(Account::isActive);
        if (account.isEmpty() || accounts.findByEmail(newEmail.get()).isPresent()) {
            return Optional.empty();
        }
        accounts.changeEmail(id.get(), newEmail.get());
        pending.clear(id.get());
        if (accounts.confirm(id.get(), clock.instant())) {
            events.publishEvent(new AccountConfirmed(id.get()));
        }
        letters.emailChanged(account.get().email(), edition, masked(newEmail.get()));
        return id;
    }

    /** The new address as the old one is told it: enough to recognise, not enough to harvest. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return email.substring(0, Math.min(1, at)) + "***" + email.substring(at);
    }
}
