package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Problems;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner unlinks a provider sign-in from their account — unless it is the last way in: an account
 * without a password keeps at least one linked identity.
 */
@Service
class UnlinkIdentity {

    private final AccountRepository accounts;
    private final IdentityRepository identities;

    UnlinkIdentity(AccountRepository accounts, IdentityRepository identities) {
        this.accounts = accounts;
        this.identities = identities;
    }

    @Transactional
    Problems unlink(AccountId id, long identity) {
        identities.lockAccount(id);
        Optional<Account> account = accounts.find(id).filter(Account::isActive);
        List<LinkedIdentity> linked = identities.of(id);
        var problems = Problems.builder();
        if (account.isEmpty() || linked.stream().noneMatch(i -> i.id() == identity)) {
            return problems.add("identity", "accounts.social.error.notLinked").build();
        }
        if (account.get().passwordHash() == null && linked.size() < 2) {
            return problems.add("identity", "accounts.social.error.lastWayIn").build();
        }
        identities.unlink(id, identity);
        return Problems.none();
    }
}
