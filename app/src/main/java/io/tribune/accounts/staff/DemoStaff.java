package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the embedded demo only (demo content on, not the {@code postgres} profile): one moderator and
 * one editor per edition, so the demo shows every role. Each is created once, when missing, with a
 * name in the edition's language and a generated password printed once on the console — never through
 * the log — which the first log-in must replace, like the first administrator's.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "tribune.demo.enabled", havingValue = "true")
public class DemoStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);
    private static final List<Role> ROLES = List.of(Role.MODERATOR, Role.EDITOR);

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final PasswordEncoder encoder;
    private final Editions editions;
    private final Texts texts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String policyVersion;

    DemoStaff(
            AccountRepository accounts,
            RoleRepository roles,
            PasswordEncoder encoder,
            Editions editions,
            Texts texts,
            TransactionTemplate transaction,
            Clock clock,
            PrivacyPolicy privacyPolicy) {
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.editions = editions;
        this.texts = texts;
        this.transaction = transaction;
        this.clock = clock;
        this.policyVersion = privacyPolicy.version();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Edition edition : editions.all()) {
            for (Role role : ROLES) {
                seed(edition, role);
            }
        }
    }

    /** The address of the demo's staff member of the role in the edition, e.g. {@code moderator-ru@tribune.localhost}. */
    public static String email(Role role, Edition edition) {
        return role.name().toLowerCase(Locale.ROOT) + "-" + edition.code() + "@tribune.localhost";
    }

    private void seed(Edition edition, Role role) {
        String email = email(role, edition);
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        String name = texts.of(edition).get("account.demo." + role.name().toLowerCase(Locale.ROOT) + "Name");
        String password = OneTimePasswords.generate();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            AccountId id = accounts.insert(email, name, encoder.encode(password), edition.code(), now);
            accounts.confirm(id, now);
            accounts.recordConsent(id, policyVersion, now);
            roles.grant(id, role, edition.code(), null, now);
            accounts.requirePasswordChange(id);
        });
        String what = "Demo " + role.name().toLowerCase(Locale.ROOT) + " of edition " + edition.code();
        log.info("{} created: {}; its one-time password is printed on the console", what, email);
        System.out.println(
                what + " created: log in as " + email + " with the one-time password " + password + " and change it");
    }
}
