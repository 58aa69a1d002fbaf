package io.tribune.accounts.core;

import java.time.Instant;

/**
 * One agreement to the privacy policy.
 *
 * @param withdrawnAt when the reader withdrew it, or null while it stands
 */
public record Consent(String policyVersion, Instant givenAt, Instant withdrawnAt) {

    public boolean isStanding() {
        return withdrawnAt == null;
    }
}
