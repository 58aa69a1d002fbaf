package io.tribune.publishing.gallery;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people of the gallery desk tests: readers, editors and administrators made straight in the tables
 * (their making is the accounts tests' business), and clients signed in as them through the log-in form.
 */
final class DeskStaff {

    static final String PASSWORD = "a gallery desk passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PrivacyPolicy policy;
    private final int port;

    DeskStaff(ApplicationContext context, int port) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.passwords = context.getBean(PasswordEncoder.class);
        this.policy = context.getBean(PrivacyPolicy.class);
        this.port = port;
    }

    /** Forgets the log-in throttle's and the quotas' counts, which the tests' many log-ins would reach. */
    void forgetQuotasAndFailures() {
        jdbc.sql("delete from request_quota").update();
        jdbc.sql("delete from login_attempt").update();
    }

    AccountId reader() {
        String email = "gallery-desk-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
        jdbc.sql("""
                        insert into account (email, display_name, edition, status, created_at, session_stamp,
                          confirmed_at, password_hash)
                        values (:email, 'Desk Person', 'en', 'ACTIVE', :now, 0, :now, :hash)""")
                .param("email", email)
                .param("now", Timestamp.from(Instant.now()))
                .param("hash", passwords.encode(PASSWORD))
                .update();
        AccountId id = new AccountId(jdbc.sql("select id from account where email = :email")
                .param("email", email)
                .query(Long.class)
                .single());
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id.value())
                .param("version", policy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    AccountId editor(String edition) {
        return granted(reader(), "EDITOR", edition);
    }

    AccountId admin() {
        return granted(reader(), "ADMIN", null);
    }

    private AccountId granted(AccountId id, String role, String edition) {
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (:id, :role, :edition, :now)")
                .param("id", id.value())
                .param("role", role)
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** A client signed in as the account through the log-in form. */
    Browser signedIn(AccountId id) {
        Browser browser = new Browser(port);
        String email = jdbc.sql("select email from account where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
        String login = browser.get("/en/account/login").body();
        HttpResponse<String> done =
                browser.post("/en/account/login", login, Map.of("email", email, "password", PASSWORD));
        if (done.statusCode() != 302) {
            throw new AssertionError("could not log in: " + done.statusCode());
        }
        return browser;
    }
}
