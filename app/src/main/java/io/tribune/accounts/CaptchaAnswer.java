package io.tribune.accounts;

/**
 * What a form carried to prove a person sent it: the proof-of-work payload of the widget, or the
 * answer to the written question offered to those without JavaScript.
 *
 * @param proof the widget's base64 payload, or null
 * @param question the signed question token the form was given, or null
 * @param answer the reader's answer to that question, or null
 */
public record CaptchaAnswer(String proof, String question, String answer) {

    public static CaptchaAnswer none() {
        return new CaptchaAnswer(null, null, null);
    }
}
