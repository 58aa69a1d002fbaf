package io.tribune.accounts;

/**
 * What a person typed into the registration form of an edition.
 *
 * @param consents whether the privacy-policy box was ticked
 */
public record Registration(
        String edition, String email, String displayName, String password, boolean consents, CaptchaAnswer captcha) {}
