package io.tribune.accounts.registration;

import io.tribune.accounts.AccountConfirmed;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.OneTimeLinks;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms an address by the link from the confirmation email; the link works once. Anyone may have
 * registered the address, so whoever signed in before its owner confirmed it — on any device, by
 * session or remember-me — is signed out.
 */
@Service
public class ConfirmEmail {

    private final OneTimeLinks links;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConfirmEmail(OneTimeLinks links, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Optional<AccountId> confirm(String token) {
        Optional<AccountId> account = links.redeem(token, OneTimeLinks.Purpose.CONFIRM_EMAIL);
        account.filter(id -> accounts.confirm(id, clock.instant())).ifPresent(id -> {
            accounts.endSessions(id);
            events.publishEvent(new AccountConfirmed(id));
        });
        return account;
    }
}
