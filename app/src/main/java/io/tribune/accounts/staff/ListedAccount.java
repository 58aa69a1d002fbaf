package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import java.util.List;

/** One account in the administrator's list: who it is, whether it can be used, and the roles it holds. */
public record ListedAccount(AccountId id, String displayName, String email, Status status, List<StaffGrant> roles) {

    /** Whether the account can be used: only an active account with a confirmed address may hold a role. */
    public enum Status {
        ACTIVE,
        UNCONFIRMED,
        DEACTIVATED
    }

    public boolean mayBeGranted() {
        return status == Status.ACTIVE;
    }
}
