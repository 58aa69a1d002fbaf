package io.tribune.accounts.social;

import io.tribune.accounts.AccountConfirmed;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountRegistered;
import io.tribune.accounts.core.AccountLetters;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.DisplayNames;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.registration.Register;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "No, I am new here": creates an account for a reader who came through a provider, with the same
 * rules as registration — a valid address, an acceptable display name, the privacy consent stored
 * with the policy version and time — but no password: the provider is the way in.
 *
 * <p>When the provider vouched for the address (email_verified) and the reader kept it, the account is
 * confirmed at once, the identity linked and the reader signed in. Any other address gets the ordinary
 * confirmation letter and an account without the identity — an identity is never linked to an address
 * nobody proved, or a stranger could plant theirs on someone else's; letters are counted per identity
 * and network address ({@link RequestQuotas.Request#SOCIAL_JOIN});
 * and when it already has an account, its owner gets a letter instead, with the same page shown, so the
 * form never tells a stranger whether an address is registered. Only the person the provider vouches
 * owns the address is told it has an account, and offered to link it with its password.
 */
@Service
class RegisterWithIdentity {

    private final Editions editions;
    private final AccountRepository accounts;
    private final IdentityRepository identities;
    private final OneTimeLinks links;
    private final RequestQuotas quotas;
    private final AccountLetters letters;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PrivacyPolicy privacyPolicy;

    RegisterWithIdentity(
            Editions editions,
            AccountRepository accounts,
            IdentityRepository identities,
            OneTimeLinks links,
            RequestQuotas quotas,
            AccountLetters letters,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            PrivacyPolicy privacyPolicy) {
        this.editions = editions;
        this.accounts = accounts;
        this.identities = identities;
        this.links = links;
        this.quotas = quotas;
        this.letters = letters;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.privacyPolicy = privacyPolicy;
    }

    SocialRegistrationResult register(SocialRegistration form) {
        Edition edition = editions.find(form.edition()).orElse(editions.fallback());
        SocialIdentity identity = form.identity();

        // validate
        var email = EmailAddress.parse(form.email());
        DisplayNames.Result name = DisplayNames.check(form.displayName());
        var problems = Problems.builder()
                .add("email", email.isEmpty() ? "account.error.email.invalid" : null)
                .add("displayName", name.problem())
                .add("consent", form.consents() ? null : "account.error.consent.required");
        if (!problems.isEmpty()) {
            return SocialRegistrationResult.refused(problems.build());
        }
        if (identities.accountOf(identity).isPresent()) {
            return SocialRegistrationResult.of(SocialRegistrationResult.Outcome.ALREADY_LINKED);
        }
        String address = email.get().value();
        boolean vouched = identity.isEmailVerified()
                && EmailAddress.parse(identity.email())
                        .map(EmailAddress::value)
                        .filter(address::equals)
                        .isPresent();
        if (!vouched
                && !quotas.take(
                        RequestQuotas.Request.SOCIAL_JOIN,
                        "identity:" + identity.issuer() + "#" + identity.subject(),
                        form.remoteAddress())) {
            // the letters' quota is spent: the same page, so the answer never tells whether an address is registered
            return SocialRegistrationResult.of(SocialRegistrationResult.Outcome.CONFIRMATION_SENT);
        }

        // change
        Created created = transaction.execute(status -> {
            Created result = create(address, name.name().get(), vouched, identity, edition);
            if (result.account() == null) {
                status.setRollbackOnly();
            }
            return result;
        });

        // tell
        if (created.outcome() == SocialRegistrationResult.Outcome.ALREADY_LINKED) {
            return SocialRegistrationResult.of(created.outcome());
        }
        if (vouched) {
            return created.account() != null
                    ? new SocialRegistrationResult(
                            SocialRegistrationResult.Outcome.SIGNED_IN, created.account(), Problems.none())
                    : SocialRegistrationResult.of(SocialRegistrationResult.Outcome.ADDRESS_TAKEN);
        }
        if (created.account() != null) {
            letters.confirmEmail(address, name.name().get(), edition, created.token());
        } else {
            letters.alreadyRegistered(address, edition);
        }
        return SocialRegistrationResult.of(SocialRegistrationResult.Outcome.CONFIRMATION_SENT);
    }

    private Created create(
            String email, String displayName, boolean vouched, SocialIdentity identity, Edition edition) {
        if (accounts.findByEmail(email).isPresent()) {
            return Created.TAKEN;
        }
        Instant now = clock.instant();
        AccountId id;
        try {
            id = accounts.insert(email, displayName, null, edition.code(), now);
        } catch (DuplicateKeyException raced) {
            return Created.TAKEN;
        }
        accounts.recordConsent(id, privacyPolicy.version(), now);
        String token = null;
        if (vouched) {
            try {
                identities.link(id, identity, now);
            } catch (DuplicateKeyException raced) {
                return Created.LINKED_MEANWHILE;
            }
            accounts.confirm(id, now);
        } else {
            // never linked to an unconfirmed address: once confirmed, the reader logs in and links it
            token = links.issue(id, OneTimeLinks.Purpose.CONFIRM_EMAIL, Register.CONFIRMATION_LIFETIME);
        }
        events.publishEvent(new AccountRegistered(id, edition.code()));
        if (vouched) {
            events.publishEvent(new AccountConfirmed(id));
        }
        return new Created(SocialRegistrationResult.Outcome.SIGNED_IN, id, token);
    }

    /** The transaction's outcome: an account and its confirmation token, or why there is none. */
    private record Created(SocialRegistrationResult.Outcome outcome, AccountId account, String token) {
        static final Created TAKEN = new Created(SocialRegistrationResult.Outcome.ADDRESS_TAKEN, null, null);
        static final Created LINKED_MEANWHILE =
                new Created(SocialRegistrationResult.Outcome.ALREADY_LINKED, null, null);
    }
}
