package io.tribune.accounts.profile;

import io.tribune.accounts.core.Consent;
import io.tribune.accounts.social.LinkedIdentity;
import java.time.Instant;
import java.util.List;

/**
 * Everything the accounts module keeps about one person, as handed out by the data export.
 * Provider sign-ins linked to the account are in {@code identities}. Password hashes and link tokens
 * are left out: they are secrets, not the person's data.
 *
 * @param avatar the address of the uploaded avatar, or null when the drawn default is shown
 */
public record PersonalData(
        long id,
        String email,
        String displayName,
        String edition,
        Instant registeredAt,
        Instant confirmedAt,
        List<Consent> consents,
        List<Grant> roles,
        String avatar,
        NotificationPreferences notifications,

        List<LinkedIdentity> identities) {

    /** A staff role held. */
    public record Grant(String role, String edition) {}
}
