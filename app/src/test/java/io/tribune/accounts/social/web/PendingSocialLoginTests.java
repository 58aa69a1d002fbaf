package io.tribune.accounts.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.social.SocialIdentity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSocialLoginTests {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");
    private static final SocialIdentity IDENTITY = new SocialIdentity(
            "https://id.example.org", "subject-1", "mock", "Mock ID", "Ada", "ada@example.org", true);

    @Test
    void aPendingSignInLastsFifteenMinutes() {
        PendingSocialLogin pending = PendingSocialLogin.start(IDENTITY, "en", START, null);

        assertThat(pending.isExpired(START.plus(PendingSocialLogin.LIFETIME).minusSeconds(1)))
                .isFalse();
        assertThat(pending.isExpired(START.plus(PendingSocialLogin.LIFETIME))).isTrue();
    }

    @Test
    void onlyItsOwnTokenAnswersIt() {
        PendingSocialLogin pending = PendingSocialLogin.start(IDENTITY, "en", START, null);
        PendingSocialLogin other = PendingSocialLogin.start(IDENTITY, "en", START, null);

        assertThat(pending.isAnsweredBy(pending.token())).isTrue();
        assertThat(pending.isAnsweredBy(other.token())).isFalse();
        assertThat(pending.isAnsweredBy(pending.token() + "x")).isFalse();
        assertThat(pending.isAnsweredBy("")).isFalse();
        assertThat(pending.isAnsweredBy(null)).isFalse();
    }

    @Test
    void onlyTheAccountSignedInAtTheStartIsItsStarter() {
        PendingSocialLogin anonymous = PendingSocialLogin.start(IDENTITY, "en", START, null);
        PendingSocialLogin started = PendingSocialLogin.start(IDENTITY, "en", START, new AccountId(7));

        assertThat(anonymous.wasStartedBy(new AccountId(7))).isFalse();
        assertThat(started.wasStartedBy(new AccountId(7))).isTrue();
        assertThat(started.wasStartedBy(new AccountId(8))).isFalse();
    }
}
