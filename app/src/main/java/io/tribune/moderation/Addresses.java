package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Addressee;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The email address of an active account, to send it its statements of reasons and the answers to its
 * unlock requests: owed letters, sent whatever the reader chose to be emailed about.
 */
@Component
class Addresses {

    private final Accounts accounts;

    Addresses(Accounts accounts) {
        this.accounts = accounts;
    }

    Optional<String> of(AccountId account) {
        return accounts.addressee(account).map(Addressee::email);
    }
}
