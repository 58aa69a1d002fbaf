package io.tribune.accounts;

/**
 * A fresh captcha for one form: a proof-of-work challenge for the widget and, for readers without
 * JavaScript, a sum of two numbers written out in words in the edition's language.
 *
 * @param challengeJson the challenge the widget solves, as JSON (ALTCHA v1 format)
 * @param first the first number of the sum, in words
 * @param second the second number of the sum, in words
 * @param questionToken the signed token that identifies the sum; posted back with the answer
 */
public record CaptchaChallenge(String challengeJson, String first, String second, String questionToken) {}
