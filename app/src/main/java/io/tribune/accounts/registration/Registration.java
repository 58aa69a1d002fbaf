package io.tribune.accounts.registration;

import io.tribune.accounts.limits.CaptchaAnswer;

/**
 * What a person typed into the registration form of an edition.
 *
 * @param consents whether the privacy-policy box was ticked
 * @param remoteAddress the client's network address, for the hourly letter quota
 */
public record Registration(
        String edition,
        String email,
        String displayName,
        String password,
        boolean consents,
        CaptchaAnswer captcha,
        String remoteAddress) {}
