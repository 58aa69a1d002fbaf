package io.tribune.accounts.social;

import java.time.Instant;

/**
 * A provider sign-in linked to an account, as its owner sees it on the profile and in the export.
 *
 * @param id the link's own id, for unlinking
 * @param provider the operator's registration id of the provider
 */
public record LinkedIdentity(long id, String provider, String issuer, String subject, Instant linkedAt) {}
