package io.tribune.accounts.core;

import io.tribune.accounts.AccountId;
import java.time.Instant;

/**
 * One stored account as the module sees it.
 *
 * @param avatar the media module's id of the uploaded avatar, or null for the drawn default
 * @param mustChangePassword set for a first administrator whose password was generated; every page
 *     sends them to the change-password form until they pick their own
 */
public record Account(
        AccountId id,
        String email,
        String displayName,
        String passwordHash,
        String edition,
        Status status,
        Instant createdAt,
        Instant confirmedAt,
        int sessionStamp,
        Instant deactivatedAt,
        String avatar,
        boolean mustChangePassword) {

    enum Status {
        ACTIVE,
        DEACTIVATED,
        PURGING
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public java.util.Optional<io.tribune.media.AvatarId> avatarId() {
        return io.tribune.media.AvatarId.parse(avatar);
    }
}
