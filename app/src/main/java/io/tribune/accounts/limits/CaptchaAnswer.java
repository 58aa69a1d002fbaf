package io.tribune.accounts.limits;

/**
 * What a form carried to prove a person sent it: the proof-of-work payload of the widget.
 *
 * @param proof the widget's base64 payload, or null
 */
public record CaptchaAnswer(String proof) {

    public static CaptchaAnswer none() {
        return new CaptchaAnswer(null);
    }
}
