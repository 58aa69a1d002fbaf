package io.tribune.accounts.signin;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.LoginThrottle;
import io.tribune.accounts.core.Passwords;
import io.tribune.accounts.limits.Captcha;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Checks a log-in: the attempt is counted first, then throttled subjects wait and a captcha is asked
 * for after a few failures, then the password is checked — hashed even for unknown addresses and for
 * accounts without a password, so the answer takes as long either way.
 */
@Service
public class LogIn {

    public static final String FORM = "login";

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Captcha captcha;

    LogIn(AccountRepository accounts, Passwords passwords, LoginThrottle throttle, Captcha captcha) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.captcha = captcha;
    }

    /** Whether the form for this address should show a captcha before the first attempt. */
    public boolean isCaptchaNeeded(String remoteAddress) {
        return throttle.failures(LoginThrottle.address(remoteAddress)) >= LoginThrottle.CAPTCHA_AFTER;
    }

    public LogInResult logIn(LogInAttempt attempt) {
        Optional<EmailAddress> email = EmailAddress.parse(attempt.email());
        String byAddress = LoginThrottle.address(attempt.remoteAddress());
        String byEmail = LoginThrottle.email(email.map(EmailAddress::value).orElse("?"));

        // authorise: counted before the hash, so simultaneous guesses cannot all slip under the limits
        LoginThrottle.Attempt emailAttempt = throttle.count(byEmail);
        LoginThrottle.Attempt addressAttempt = throttle.count(byAddress);
        // only attempts whose password is checked stay counted: a burst sent without one cannot lock the owner out
        if (LoginThrottle.isLocked(emailAttempt, addressAttempt)) {
            forgive(emailAttempt, addressAttempt);
            return new LogInResult(LogInResult.Outcome.LOCKED, null, true);
        }
        if (LoginThrottle.isCaptchaNeeded(emailAttempt, addressAttempt) && !captcha.accept(FORM, attempt.captcha())) {
            forgive(emailAttempt, addressAttempt);
            return new LogInResult(LogInResult.Outcome.CAPTCHA_MISSING, null, true);
        }

        // load and check
        Optional<Account> account = email.flatMap(e -> accounts.findByEmail(e.value()));
        boolean matches = passwords.matches(account, attempt.password());
        if (!matches || !account.get().isActive()) {
            boolean next = Math.max(emailAttempt.count(), addressAttempt.count()) >= LoginThrottle.CAPTCHA_AFTER;
            return new LogInResult(LogInResult.Outcome.REFUSED, null, next);
        }

        // record
        throttle.clear(byEmail);
        throttle.forgive(addressAttempt);
        return new LogInResult(LogInResult.Outcome.SIGNED_IN, account.get().id(), false);
    }

    private void forgive(LoginThrottle.Attempt byEmail, LoginThrottle.Attempt byAddress) {
        throttle.forgive(byEmail);
        throttle.forgive(byAddress);
    }
}
