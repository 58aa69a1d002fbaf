package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.DeletedByAdministrator;
import io.tribune.discussion.CommunityStandards;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator deletes an account without notice, under a rule and with a note. The accounts module
 * deactivates it at once and erases it on its usual schedule; the former owner is mailed a statement of
 * reasons in full, since they can no longer sign in to read it on the site.
 */
@Service
public class AccountDeletions {

    private final Moderators moderators;
    private final Accounts accounts;
    private final CommunityStandards standards;
    private final StatementsOfReasons statements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    AccountDeletions(
            Moderators moderators,
            Accounts accounts,
            CommunityStandards standards,
            StatementsOfReasons statements,
            AuditLog audit,
            TransactionTemplate transaction) {
        this.moderators = moderators;
        this.accounts = accounts;
        this.standards = standards;
        this.statements = statements;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Deletes the account; administrators only (anyone else gets 404), and never an administrator's. */
    public Decided delete(AccountId admin, String edition, long accountId, String rule, String note) {
        moderators.checkAdmin(admin);
        AccountId account = new AccountId(accountId);
        if (account.equals(admin)) {
            return Decided.refused("moderation.error.deleteSelf", 422);
        }
        if (accounts.find(account).isEmpty()) {
            return Decided.refused("moderation.error.noAccount", 404);
        }
        if (moderators.isAdmin(account)) {
            return Decided.refused("moderation.error.deleteAdmin", 422);
        }
        Decided refused = Grounds.refusal(standards, edition, rule, note);
        if (refused != null) {
            return refused;
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> {
            Optional<DeletedByAdministrator> deleted = accounts.deleteByAdministrator(account);
            if (deleted.isEmpty()) {
                // deleted meanwhile by another administrator, or made one
                return Decided.refused("moderation.error.alreadyDeleted", 409);
            }
            audit.record(admin, "account.delete", edition, "account", accountId, "ACTIVE", "DELETED", rule, kept);
            statements.accountDeleted(deleted.get(), edition, rule, kept);
            return Decided.done("moderation.done.deleted");
        });
    }
}
