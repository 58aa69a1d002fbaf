package io.tribune.publishing;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.system.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may work in an edition's newsroom: its editors, and administrators everywhere. Read afresh on
 * each request, so a revoked role ends access at once. Anyone else is answered as if the newsroom did
 * not exist (404), as the moderators' console answers.
 */
@Component
public class Editors {

    private final Accounts accounts;

    Editors(Accounts accounts) {
        this.accounts = accounts;
    }

    public boolean mayEdit(AccountId account, String edition) {
        return account != null
                && (accounts.hasRole(account, Role.EDITOR, edition) || accounts.hasRole(account, Role.ADMIN, null));
    }

    /** Throws {@link NotFound} unless the account may edit the edition's articles. */
    public void check(AccountId account, String edition) {
        if (!mayEdit(account, edition)) {
            throw new NotFound();
        }
    }
}
