package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.system.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may work in the console: the moderators of an edition there, administrators everywhere. Read
 * afresh on each request, so a revoked role ends access at once. Anyone else is answered as if the
 * console did not exist (404), as the admin pages answer.
 */
@Component
public class Moderators {

    private final Accounts accounts;

    Moderators(Accounts accounts) {
        this.accounts = accounts;
    }

    public boolean mayModerate(AccountId account, String edition) {
        return accounts.hasRole(account, Role.MODERATOR, edition) || isAdmin(account);
    }

    public boolean isAdmin(AccountId account) {
        return accounts.hasRole(account, Role.ADMIN, null);
    }

    /** Throws {@link NotFound} unless the account may moderate the edition. */
    public void check(AccountId account, String edition) {
        if (account == null || !mayModerate(account, edition)) {
            throw new NotFound();
        }
    }

    /** Throws {@link NotFound} unless the account is an administrator. */
    public void checkAdmin(AccountId account) {
        if (account == null || !isAdmin(account)) {
            throw new NotFound();
        }
    }
}
