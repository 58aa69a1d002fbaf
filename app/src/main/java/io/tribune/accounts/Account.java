package io.tribune.accounts;

import java.time.Instant;

/** One stored account as the module sees it. */
record Account(
        AccountId id,
        String email,
        String displayName,
        String passwordHash,
        String edition,
        Status status,
        Instant createdAt,
        Instant confirmedAt,
        int sessionStamp,
        Instant deactivatedAt) {

    enum Status {
        ACTIVE,
        DEACTIVATED,
        PURGING
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }
}
