package io.tribune.accounts;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a log-in: throttle first, then captcha when failures asked for one, then the password —
 * hashed even for unknown addresses so the answer takes as long either way.
 */
@Service
class LogIn {

    static final String FORM = "login";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Captcha captcha;
    private final String unknownAccountHash;

    LogIn(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle, Captcha captcha) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.captcha = captcha;
        this.unknownAccountHash = encoder.encode("no account has this password");
    }

    /** Whether the form for this address should show a captcha before the first attempt. */
    boolean isCaptchaNeeded(String remoteAddress) {
        return throttle.failures(LoginThrottle.address(remoteAddress)) >= LoginThrottle.CAPTCHA_AFTER;
    }

    LogInResult logIn(LogInAttempt attempt) {
        Optional<EmailAddress> email = EmailAddress.parse(attempt.email());
        String byAddress = LoginThrottle.address(attempt.remoteAddress());
        String byEmail = LoginThrottle.email(email.map(EmailAddress::value).orElse("?"));

        // authorise: throttled subjects wait, whatever the password
        int emailFailures = throttle.failures(byEmail);
        int addressFailures = throttle.failures(byAddress);
        if (emailFailures >= LoginThrottle.LOCK_EMAIL_AFTER || addressFailures >= LoginThrottle.LOCK_ADDRESS_AFTER) {
            return new LogInResult(LogInResult.Outcome.LOCKED, null, true);
        }
        boolean captchaNeeded = Math.max(emailFailures, addressFailures) >= LoginThrottle.CAPTCHA_AFTER;
        if (captchaNeeded && !captcha.accept(FORM, attempt.captcha())) {
            return new LogInResult(LogInResult.Outcome.CAPTCHA_MISSING, null, true);
        }

        // load and check
        Optional<Account> account = email.flatMap(e -> accounts.findByEmail(e.value()));
        String password = attempt.password() == null || attempt.password().length() > PasswordPolicy.MAX_LENGTH * 4
                ? ""
                : attempt.password();
        boolean matches =
                encoder.matches(password, account.map(Account::passwordHash).orElse(unknownAccountHash));
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            throttle.fail(byEmail);
            throttle.fail(byAddress);
            boolean next = Math.max(emailFailures, addressFailures) + 1 >= LoginThrottle.CAPTCHA_AFTER;
            return new LogInResult(LogInResult.Outcome.REFUSED, null, next);
        }

        // record
        throttle.clear(byEmail);
        return new LogInResult(LogInResult.Outcome.SIGNED_IN, account.get().id(), false);
    }
}
