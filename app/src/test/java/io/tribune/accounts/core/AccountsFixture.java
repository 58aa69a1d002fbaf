package io.tribune.accounts.core;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.registration.Registration;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.editions.TestEditions;
import io.tribune.notifications.InMemoryPostbox;
import io.tribune.support.Browser;
import io.tribune.support.MigratedDatabase;
import io.tribune.support.MutableClock;
import io.tribune.system.Site;
import io.tribune.system.TestSystem;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts use cases built by hand, without Spring: their repositories on a fresh H2 database
 * made by the real migrations, letters kept by an in-memory postbox, published events kept in a list
 * and a clock the test moves. Each use-case test lives in its use case's package and builds its
 * subject from these parts; registration is built here, as other tests need confirmed accounts.
 */
public final class AccountsFixture implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ADDRESS = "192.0.2.10";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    public final InMemoryPostbox postbox = new InMemoryPostbox();
    public final List<Object> events = new ArrayList<>();

    private final MigratedDatabase database;
    public final JdbcClient jdbc;
    public final TransactionTemplate transaction;
    public final Editions editions;
    public final AccountRepository accounts;
    public final OneTimeLinks links;
    public final AccountLetters letters;
    public final RequestQuotas quotas;
    public final LoginThrottle throttle;
    public final Captcha captcha;
    public final Passwords passwords;
    /** Argon2id as in production, with little memory and one pass: these tests are about the steps. */
    private final PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 1024, 1);

    public AccountsFixture() throws SQLException {
        database = MigratedDatabase.open("h2");
        MigratedDatabase.Node node = database.node();
        jdbc = node.jdbc();
        transaction = node.transaction();
        editions = TestEditions.of(jdbc);
        accounts = new AccountRepository(jdbc);
        links = new OneTimeLinks(jdbc, clock);
        Site site = TestSystem.site("https://news.tribune.test");
        letters = new AccountLetters(postbox.letters(TestSystem.texts(), site), site);
        quotas = new RequestQuotas(jdbc, clock);
        throttle = new LoginThrottle(jdbc, clock);
        captcha = new Captcha(jdbc, clock, "a test secret of thirty-two bytes or more", 50);
        passwords = new Passwords(encoder);
    }

    public Register register() {
        return new Register(
                editions,
                accounts,
                new PasswordPolicy(),
                encoder,
                captcha,
                links,
                letters,
                new DeleteAccount(accounts, links, letters, editions, clock),
                quotas,
                events::add,
                transaction,
                clock,
                privacyPolicy());
    }

    /** The privacy policy in force: version 2026-11. */
    public PrivacyPolicy privacyPolicy() {
        return new PrivacyPolicy(editions, "2026-11", LocalDate.parse("2026-11-20"));
    }

    /** The password encoder every use case here hashes with. */
    public PasswordEncoder encoder() {
        return encoder;
    }

    /** The check of the current password that changes to the account ask for. */
    public CurrentPassword currentPassword() {
        return new CurrentPassword(passwords, throttle);
    }

    public Edition edition(String code) {
        return editions.find(code).orElseThrow();
    }

    /** A solved captcha of the form, as the widget sends it. */
    public CaptchaAnswer solvedCaptcha(String form) {
        return new CaptchaAnswer(Browser.solveChallenge(captcha.challenge(form).challengeJson()));
    }

    public Registration registration(String email) {
        return new Registration("en", email, "Ada Reader", PASSWORD, true, solvedCaptcha(Register.FORM), ADDRESS);
    }

    /** An account registered through the use case and confirmed; its letters and events are forgotten. */
    public AccountId confirmedAccount(String email) {
        if (!register().register(registration(email)).isEmpty()) {
            throw new AssertionError("registration of " + email + " refused");
        }
        AccountId id = accounts.findByEmail(email).orElseThrow().id();
        accounts.confirm(id, clock.instant());
        events.clear();
        postbox.clear();
        jdbc.sql("delete from request_quota").update();
        return id;
    }

    public <E> List<E> published(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
