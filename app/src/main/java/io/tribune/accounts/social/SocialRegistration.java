package io.tribune.accounts.social;

/**
 * What a reader who came through a provider typed into the "create a new account" form.
 *
 * @param consents whether the privacy-policy box was ticked
 * @param remoteAddress the network address the form came from, for the quota of letters
 */
public record SocialRegistration(
        String edition,
        SocialIdentity identity,
        String email,
        String displayName,
        boolean consents,
        String remoteAddress) {}
