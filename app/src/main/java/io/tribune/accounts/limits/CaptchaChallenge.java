package io.tribune.accounts.limits;

/**
 * A fresh captcha for one form: a proof-of-work challenge for the widget.
 *
 * @param challengeJson the challenge the widget solves, as JSON (ALTCHA v1 format)
 */
public record CaptchaChallenge(String challengeJson) {}
