package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.profile.PurgeDeletedAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The facade's deletion for administrators: deactivated at once without a restore link, erased on the
 * usual schedule, never an administrator, and nothing changed for an unknown or already deleted account.
 */
class AccountsDeletionByAdministratorTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @Autowired
    PurgeDeletedAccounts purge;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void theAccountIsDeactivatedAtOnceWithoutARestoreLinkAndTheAddressIsReturned() {
        String email = uniqueEmail("removed");
        registerConfirmed(email, "Removed Reader");
        logInAs(email, PASSWORD);
        AccountId id = accountIdOf(email);
        long lettersBefore = lettersTo(email);

        var deleted = accounts.deleteByAdministrator(id);

        assertThat(deleted).hasValueSatisfying(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.email()).isEqualToIgnoringCase(email);
            assertThat(d.edition()).isEqualTo("en");
        });
        assertThat(accounts.find(id)).isEmpty();
        // the browser's session ends at its next request
        assertThat(browser.get("/en/account").statusCode()).isEqualTo(302);
        String page = browser.get("/en/account/login").body();
        assertThat(browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(422);
        assertThat(lettersTo(email)).isEqualTo(lettersBefore);
        assertThat(jdbc.sql("select count(*) from account_token where account_id = ? and used_at is null")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAccountIsErasedOnTheUsualSchedule() {
        String email = uniqueEmail("scheduled");
        registerConfirmed(email, "Scheduled Reader");
        AccountId id = accountIdOf(email);
        accounts.deleteByAdministrator(id);

        purge.purge();
        assertThat(accountsWith(email)).isOne();

        jdbc.sql("update account set deactivated_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(31))), id.value())
                .update();
        purge.purge();
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void administratorsUnknownAndAlreadyDeletedAccountsAreLeftAlone() {
        String adminEmail = uniqueEmail("chief");
        registerConfirmed(adminEmail, "Chief");
        AccountId admin = accountIdOf(adminEmail);
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (?, 'ADMIN', null, ?)")
                .params(admin.value(), Timestamp.from(Instant.now()))
                .update();
        String email = uniqueEmail("twice");
        registerConfirmed(email, "Twice");
        AccountId reader = accountIdOf(email);

        assertThat(accounts.deleteByAdministrator(admin)).isEmpty();
        assertThat(accounts.find(admin)).isPresent();
        assertThat(accounts.deleteByAdministrator(new AccountId(999_999_999_999L)))
                .isEmpty();
        assertThat(accounts.deleteByAdministrator(reader)).isPresent();
        assertThat(accounts.deleteByAdministrator(reader)).isEmpty();
    }
}
