package io.tribune.accounts.social;

import java.io.Serializable;

/**
 * Who an OAuth2 / OpenID Connect provider says the person is, right after they signed in there.
 *
 * @param issuer the provider's issuer (or its origin, for plain OAuth2 providers); with the subject it
 *     names the person for good
 * @param subject the provider's stable id of the person
 * @param provider the operator's registration id of the provider, e.g. {@code google}
 * @param providerName the provider's name to show, e.g. {@code Google}
 * @param name the name the provider gives, or empty
 * @param email the address the provider gives, or empty
 * @param isEmailVerified whether the provider vouches that the person owns that address
 */
public record SocialIdentity(
        String issuer,
        String subject,
        String provider,
        String providerName,
        String name,
        String email,
        boolean isEmailVerified)
        implements Serializable {

    /** The longest issuer and subject stored; longer ones are not accepted from a provider. */
    public static final int MAX_ID_LENGTH = 255;

    public SocialIdentity {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
    }

    /** Whether issuer and subject are present and fit the table. */
    public boolean isUsable() {
        return fits(issuer) && fits(subject) && provider != null && !provider.isBlank() && provider.length() <= 64;
    }

    private static boolean fits(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
    }
}
