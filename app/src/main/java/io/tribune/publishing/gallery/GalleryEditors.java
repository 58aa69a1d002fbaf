package io.tribune.publishing.gallery;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.system.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may build galleries: the editors of an edition there, administrators everywhere. Read afresh on
 * each request, so a revoked role ends access at once; anyone else is answered as if the desk did not
 * exist (404), as the moderators' console answers.
 */
@Component
class GalleryEditors {

    private final Accounts accounts;

    GalleryEditors(Accounts accounts) {
        this.accounts = accounts;
    }

    boolean mayEdit(AccountId account, String edition) {
        return account != null
                && (accounts.hasRole(account, Role.EDITOR, edition) || accounts.hasRole(account, Role.ADMIN, null));
    }

    /** Throws {@link NotFound} unless the account may build the edition's galleries. */
    void check(AccountId account, String edition) {
        if (!mayEdit(account, edition)) {
            throw new NotFound();
        }
    }
}
