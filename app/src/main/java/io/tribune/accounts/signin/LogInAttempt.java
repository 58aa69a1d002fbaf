package io.tribune.accounts.signin;

import io.tribune.accounts.limits.CaptchaAnswer;

/**
 * A log-in as typed into the form.
 *
 * @param remoteAddress the client's network address, for throttling
 */
public record LogInAttempt(String email, String password, String remoteAddress, CaptchaAnswer captcha) {}
