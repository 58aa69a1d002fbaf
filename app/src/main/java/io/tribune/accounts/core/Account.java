package io.tribune.accounts.core;

import io.tribune.accounts.AccountId;
import io.tribune.media.AvatarId;
import java.time.Instant;
import java.util.Optional;

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

    public Optional<AvatarId> avatarId() {
        return AvatarId.parse(avatar);
    }
}
