package io.tribune.notifications.push;

import java.time.Duration;

/**
 * What a push service answered one message, sorted by what to do next.
 *
 * @param status the HTTP status, or 0 when there was no answer (a timeout, a refused connection)
 * @param retryAfter how long the push service asked us to wait (Retry-After), or null
 */
record PushAnswer(Verdict verdict, int status, Duration retryAfter) {

    enum Verdict {
        /** Accepted (201): the push service will deliver it. */
        DELIVERED,
        /** 404 or 410: the subscription has expired or was cancelled, so it is deleted. */
        GONE,
        /** 429, 5xx, a timeout or no connection: worth another attempt later. */
        RETRY,
        /** Any other refusal (a malformed request, a wrong key, too large): another attempt would fail too. */
        FAILED
    }

    static PushAnswer of(int status, Duration retryAfter) {
        Verdict verdict;
        if (status >= 200 && status < 300) {
            verdict = Verdict.DELIVERED;
        } else if (status == 404 || status == 410) {
            verdict = Verdict.GONE;
        } else if (status == 429 || status >= 500) {
            verdict = Verdict.RETRY;
        } else {
            verdict = Verdict.FAILED;
        }
        return new PushAnswer(verdict, status, retryAfter);
    }

    static PushAnswer noAnswer() {
        return new PushAnswer(Verdict.RETRY, 0, null);
    }
}
