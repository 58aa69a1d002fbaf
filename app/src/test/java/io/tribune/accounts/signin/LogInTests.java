package io.tribune.accounts.signin;

import static io.tribune.accounts.core.AccountsFixture.ADDRESS;
import static io.tribune.accounts.core.AccountsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.core.LoginThrottle;
import io.tribune.accounts.limits.CaptchaAnswer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Log-in as one use case, without Spring: the password check, the captcha after failures, the lock. */
class LogInTests {

    private static final String EMAIL = "ada@example.org";

    private AccountsFixture fixture;
    private AccountId account;
    private LogIn logIn;

    @BeforeEach
    void open() throws Exception {
        fixture = new AccountsFixture();
        logIn = new LogIn(fixture.accounts, fixture.passwords, fixture.throttle, fixture.captcha);
        account = fixture.confirmedAccount(EMAIL);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theRightPasswordSignsInTheAccount() {
        LogInResult result = logIn("Ada@Example.org", PASSWORD, null);

        assertThat(result.outcome()).isEqualTo(LogInResult.Outcome.SIGNED_IN);
        assertThat(result.account()).isEqualTo(account);
        assertThat(result.isCaptchaNeeded()).isFalse();
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressEndAlike() {
        LogInResult wrongPassword = logIn(EMAIL, "not the password", null);
        LogInResult unknownAddress = logIn("nobody@example.org", PASSWORD, null);

        assertThat(wrongPassword).isEqualTo(new LogInResult(LogInResult.Outcome.REFUSED, null, false));
        assertThat(unknownAddress).isEqualTo(wrongPassword);
    }

    @Test
    void aDeletedAccountCannotSignIn() {
        fixture.accounts.deactivate(account, fixture.clock.instant());

        assertThat(logIn(EMAIL, PASSWORD, null).outcome()).isEqualTo(LogInResult.Outcome.REFUSED);
    }

    @Test
    void afterThreeFailuresTheNextAttemptNeedsACaptchaEvenWithTheRightPassword() {
        for (int failure = 0; failure < LoginThrottle.CAPTCHA_AFTER; failure++) {
            logIn(EMAIL, "guess " + failure, null);
        }

        assertThat(logIn.isCaptchaNeeded(ADDRESS)).isTrue();
        assertThat(logIn(EMAIL, PASSWORD, null).outcome()).isEqualTo(LogInResult.Outcome.CAPTCHA_MISSING);
        assertThat(logIn(EMAIL, PASSWORD, fixture.solvedCaptcha(LogIn.FORM)).outcome())
                .isEqualTo(LogInResult.Outcome.SIGNED_IN);
    }

    @Test
    void tenFailuresLockTheAddressUntilTheWindowHasPassed() {
        for (int failure = 0; failure < LoginThrottle.LOCK_EMAIL_AFTER; failure++) {
            logIn(EMAIL, "guess " + failure, fixture.solvedCaptcha(LogIn.FORM));
        }

        assertThat(logIn(EMAIL, PASSWORD, fixture.solvedCaptcha(LogIn.FORM)).outcome())
                .isEqualTo(LogInResult.Outcome.LOCKED);
        fixture.clock.now = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(logIn(EMAIL, PASSWORD, fixture.solvedCaptcha(LogIn.FORM)).outcome())
                .isEqualTo(LogInResult.Outcome.SIGNED_IN);
    }

    private LogInResult logIn(String email, String password, CaptchaAnswer captcha) {
        return logIn.logIn(new LogInAttempt(email, password, ADDRESS, captcha));
    }
}
