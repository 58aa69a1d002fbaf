package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.AccountSettings;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator when an installation has none, so a fresh site can be run
 * without touching the database. Its password is generated and printed once on the console — not
 * through the log, whose files and collectors keep what they are given — unless the operator supplied
 * one ({@code TRIBUNE_ADMIN_PASSWORD}), which must pass the password policy. Either way it has been
 * seen by more than its owner, so the first log-in must replace it.
 */
@Component
public class FirstAdmin implements ApplicationRunner, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final RoleRepository roles;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String email;
    private final String givenPassword;
    private final String edition;

    public FirstAdmin(
            RoleRepository roles,
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            TransactionTemplate transaction,
            Clock clock,
            AccountSettings settings,
            Editions editions) {
        this.roles = roles;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.transaction = transaction;
        this.clock = clock;
        this.email = settings.firstAdmin().email();
        this.givenPassword = settings.firstAdmin().password();
        this.edition = editions.fallback().code();
    }

    /**
     * Refuses a configured password that breaks the policy once the database is ready but before the
     * web server and the background jobs start, so that the start stops with the reason alone.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!givenPassword.isBlank() && !roles.anyAdmin()) {
            refuseWeakPassword(address());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (roles.anyAdmin()) {
            return;
        }
        String address = address();
        if (accounts.findByEmail(address).isPresent()) {
            log.warn("No administrator exists and {} is taken by a reader; grant ADMIN in the database", address);
            return;
        }
        refuseWeakPassword(address);
        String password = givenPassword.isBlank() ? OneTimePasswords.generate() : givenPassword;
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            AccountId id = accounts.insert(address, "Administrator", encoder.encode(password), edition, now);
            accounts.confirm(id, now);
            roles.grant(id, Role.ADMIN, null, null, now);
            accounts.requirePasswordChange(id);
        });
        if (givenPassword.isBlank()) {
            log.warn("First administrator created: {}; its one-time password is printed on the console", address);
            System.out.println("First administrator created: log in as " + address + " with the one-time password "
                    + password + " and change it");
        } else {
            log.warn("First administrator created: log in as {} with the configured password and change it", address);
        }
    }

    private String address() {
        return EmailAddress.parse(email)
                .map(EmailAddress::value)
                .orElseThrow(() -> new IllegalStateException(
                        "tribune.accounts.first-admin.email is not a valid address: " + email));
    }

    private void refuseWeakPassword(String address) {
        if (givenPassword.isBlank()) {
            return;
        }
        String problem = policy.problem(givenPassword, address, "Administrator");
        if (problem != null) {
            throw new AdminPasswordRefused(problem);
        }
    }
}
