package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPurged;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.media.AvatarId;
import io.tribune.media.Avatars;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases accounts deleted more than 30 days ago, their uploaded avatar included. Every node may run it: each account is first
 * claimed with a conditional update that only one node can win, so the erasure and its event happen
 * once, and a node that dies mid-way leaves nothing half-done (the claim and erasure share one
 * transaction).
 */
@Component
public class PurgeDeletedAccounts {

    private static final Logger log = LoggerFactory.getLogger(PurgeDeletedAccounts.class);

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Avatars avatars;

    PurgeDeletedAccounts(
            AccountRepository accounts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            Avatars avatars) {
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.avatars = avatars;
    }

    @Scheduled(fixedDelayString = "${tribune.accounts.purge-interval:PT1H}", initialDelayString = "PT1M")
    public void purge() {
        Instant cutoff = clock.instant().minus(DeleteAccount.RESTORE_PERIOD);
        int purged = 0;
        for (AccountId id : accounts.deactivatedBefore(cutoff)) {
            Optional<AvatarId> avatar = accounts.find(id).flatMap(Account::avatarId);
            Boolean erased = transaction.execute(status -> {
                if (!accounts.claimForPurge(id, cutoff)) {
                    return false;
                }
                accounts.erase(id);
                events.publishEvent(new AccountPurged(id));
                return true;
            });
            if (Boolean.TRUE.equals(erased)) {
                // files are not transactional: they go once the account row is gone for good
                avatar.ifPresent(avatars::discard);
                purged++;
            }
        }
        if (purged > 0) {
            log.info("Erased the personal data of {} accounts deleted more than 30 days ago", purged);
        }
    }
}
