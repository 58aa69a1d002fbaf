package io.tribune.accounts.social.web;

import io.tribune.accounts.social.LinkedIdentity;
import java.time.Instant;

/**
 * A linked provider sign-in as the profile's list shows it.
 *
 * @param provider the operator's registration id of the provider
 * @param providerName the provider's configured name, or its registration id if it is no longer configured
 */
public record IdentityView(long id, String provider, String providerName, Instant linkedAt) {

    static IdentityView of(LinkedIdentity identity, String providerName) {
        return new IdentityView(identity.id(), identity.provider(), providerName, identity.linkedAt());
    }
}
