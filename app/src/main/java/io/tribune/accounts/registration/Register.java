package io.tribune.accounts.registration;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountRegistered;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountLetters;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.DisplayNames;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a person: checks every field and the captcha, then either creates the account with its
 * consent and mails a confirmation link, or — when the address already has an account — mails its
 * owner instead. Both ends look the same to the person at the form, so it never tells whether an
 * address is registered.
 */
@Service
public class Register {

    public static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(3);
    public static final String FORM = "register";

    private final Editions editions;
    private final AccountRepository accounts;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final Captcha captcha;
    private final OneTimeLinks links;
    private final AccountLetters letters;
    private final DeleteAccount deletion;
    private final RequestQuotas quotas;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PrivacyPolicy privacyPolicy;

    public Register(
            Editions editions,
            AccountRepository accounts,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            Captcha captcha,
            OneTimeLinks links,
            AccountLetters letters,
            DeleteAccount deletion,
            RequestQuotas quotas,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            PrivacyPolicy privacyPolicy) {
        this.editions = editions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.encoder = encoder;
        this.captcha = captcha;
        this.links = links;
        this.letters = letters;
        this.deletion = deletion;
        this.quotas = quotas;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.privacyPolicy = privacyPolicy;
    }

    public Problems register(Registration form) {
        Edition edition = editions.find(form.edition()).orElse(editions.fallback());

        // validate
        Optional<EmailAddress> email = EmailAddress.parse(form.email());
        DisplayNames.Result name = DisplayNames.check(form.displayName());
        var problems = Problems.builder()
                .add("email", email.isEmpty() ? "account.error.email.invalid" : null)
                .add("displayName", name.problem())
                .add(
                        "password",
                        passwords.problem(
                                form.password(),
                                email.map(EmailAddress::value).orElse(null),
                                name.name().orElse(null)))
                .add("consent", form.consents() ? null : "account.error.consent.required");
        if (!problems.isEmpty()) {
            return problems.build();
        }
        if (!captcha.accept(FORM, form.captcha())) {
            return problems.add("captcha", "account.error.captcha").build();
        }
        // every registration that gets this far mails the address: its owner decides how many they get
        if (!quotas.takeLetter(email.get().value(), form.remoteAddress())) {
            return problems.add("email", "accounts.limits.letters").build();
        }

        // change: hash before looking up, so both outcomes take the same time
        String hash = encoder.encode(form.password());
        String address = email.get().value();
        Attempt attempt = transaction.execute(status -> {
            Attempt result = create(address, name.name().get(), hash, edition);
            if (result.created() == null) {
                status.setRollbackOnly();
            }
            return result;
        });

        // record and tell
        if (attempt.created() != null) {
            letters.confirmEmail(
                    address, name.name().get(), edition, attempt.created().token());
        } else {
            tellOwner(address, attempt.owner(), edition);
        }
        return Problems.none();
    }

    /**
     * The address has an account: its owner is told so, or — when the account is deleted and can
     * still be restored — gets a fresh restore link, since coming back is what they are after.
     */
    private void tellOwner(String address, Optional<Account> owner, Edition edition) {
        Optional<Account> deleted = owner.filter(account -> !account.isActive() && account.deactivatedAt() != null);
        if (deleted.isPresent()) {
            Instant until = deleted.get().deactivatedAt().plus(DeleteAccount.RESTORE_PERIOD);
            if (until.isAfter(clock.instant())) {
                transaction.executeWithoutResult(
                        status -> deletion.sendRestoreLink(deleted.get(), edition.code(), until));
                return;
            }
        }
        letters.alreadyRegistered(address, edition);
    }

    private Attempt create(String email, String displayName, String hash, Edition edition) {
        Optional<Account> owner = accounts.findByEmail(email);
        if (owner.isPresent()) {
            return Attempt.taken(owner);
        }
        Instant now = clock.instant();
        AccountId id;
        try {
            id = accounts.insert(email, displayName, hash, edition.code(), now);
        } catch (DuplicateKeyException raced) {
            // another registration took the address a moment ago: it is active, so "already registered"
            return Attempt.taken(Optional.empty());
        }
        accounts.recordConsent(id, privacyPolicy.version(), now);
        String token = links.issue(id, OneTimeLinks.Purpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME);
        events.publishEvent(new AccountRegistered(id, edition.code()));
        return new Attempt(new Created(id, token), Optional.empty());
    }

    private record Created(AccountId id, String token) {}

    /** Either the account created, or the one that holds the address already (unknown after a race). */
    private record Attempt(Created created, Optional<Account> owner) {
        static Attempt taken(Optional<Account> owner) {
            return new Attempt(null, owner);
        }
    }
}
