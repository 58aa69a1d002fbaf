package io.tribune.support;

import io.tribune.accounts.core.PrivacyPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts made straight in the tables for tests of staff pages (their making is the accounts tests'
 * business): confirmed readers who agreed to the privacy policy, with roles granted, and clients
 * signed in as them.
 */
public final class Staff {

    public static final String PASSWORD = "a staff test passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final String policyVersion;
    private final int port;

    public Staff(JdbcClient jdbc, PasswordEncoder passwords, String policyVersion, int port) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policyVersion = policyVersion;
        this.port = port;
    }

    /** Staff of the application's database, signing in on the port. */
    public static Staff of(ApplicationContext context, int port) {
        return new Staff(
                context.getBean(JdbcClient.class),
                context.getBean(PasswordEncoder.class),
                context.getBean(PrivacyPolicy.class).version(),
                port);
    }

    /** Forgets the log-in throttle's and the quotas' counts, which a test's many log-ins would reach. */
    public void forgetQuotasAndFailures() {
        jdbc.sql("delete from request_quota").update();
        jdbc.sql("delete from login_attempt").update();
    }

    /** A reader of the edition; returns the account's id. */
    public long reader(String name, String edition) {
        String email = "staff-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into account (email, display_name, edition, status, created_at, session_stamp,
                          confirmed_at, password_hash)
                        values (:email, :name, :edition, 'ACTIVE', :now, 0, :now, :hash)""")
                .param("email", email)
                .param("name", name)
                .param("edition", edition)
                .param("now", now)
                .param("hash", passwords.encode(PASSWORD))
                .update();
        long id = jdbc.sql("select id from account where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id)
                .param("version", policyVersion)
                .param("now", now)
                .update();
        return id;
    }

    /** A reader holding the role, in the edition (null for a role held everywhere). */
    public long withRole(String name, String role, String edition) {
        long id = reader(name, edition == null ? "en" : edition);
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (:id, :role, :edition, :now)")
                .param("id", id)
                .param("role", role)
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** An editor of the edition. */
    public long editor(String edition) {
        return withRole("An Editor", "EDITOR", edition);
    }

    /** An administrator, in every edition. */
    public long admin() {
        return withRole("An Administrator", "ADMIN", null);
    }

    /** A client signed in as the account. */
    public Browser signedIn(long account) {
        String email = jdbc.sql("select email from account where id = :id")
                .param("id", account)
                .query(String.class)
                .single();
        return FormReaders.logIn(new Browser(port), "en", email, PASSWORD);
    }

    /** Logs the account in through the log-in page of a real browser's page. */
    public void logIn(com.microsoft.playwright.Page page, long account) {
        String email = jdbc.sql("select email from account where id = :id")
                .param("id", account)
                .query(String.class)
                .single();
        String base = "http://localhost:" + port;
        page.navigate(base + "/en/account/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form.account-form button[type=submit]").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .not()
                .hasURL(base + "/en/account/login");
    }
}
