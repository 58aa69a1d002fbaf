package io.tribune.accounts.profile;

import static io.tribune.accounts.core.AccountsFixture.ADDRESS;
import static io.tribune.accounts.core.AccountsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.core.Problems;
import io.tribune.editions.Edition;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving an account to a new address as one use case, without Spring: nothing moves before the link. */
class ChangeEmailTests {

    private static final String OLD = "ada@example.org";
    private static final String NEW = "ada.lovelace@example.net";

    private AccountsFixture fixture;
    private ChangeEmail changeEmail;
    private AccountId account;
    private Edition english;

    @BeforeEach
    void open() throws Exception {
        fixture = new AccountsFixture();
        changeEmail = new ChangeEmail(
                fixture.accounts,
                new PendingEmailChanges(fixture.jdbc),
                fixture.links,
                fixture.letters,
                fixture.currentPassword(),
                fixture.events::add,
                fixture.quotas,
                fixture.clock);
        account = fixture.confirmedAccount(OLD);
        english = fixture.edition("en");
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theNewAddressGetsALinkAndNothingMovesUntilItIsOpened() {
        Problems problems = changeEmail.request(account, NEW, PASSWORD, english, ADDRESS);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(emailOf(account)).isEqualTo(OLD);
        assertThat(fixture.postbox.lettersTo(NEW))
                .singleElement()
                .satisfies(letter -> assertThat(letter.subject()).startsWith("Confirm your new address"));
        assertThat(fixture.postbox.lettersTo(OLD)).isEmpty();
    }

    @Test
    void openingTheLinkMovesTheAccountAndTellsTheOldAddress() {
        changeEmail.request(account, NEW, PASSWORD, english, ADDRESS);

        assertThat(changeEmail.confirm(fixture.postbox.tokenMailedTo(NEW), english))
                .contains(account);

        assertThat(emailOf(account)).isEqualTo(NEW);
        assertThat(fixture.postbox.lettersTo(OLD).getLast().subject()).startsWith("Your address at");
        assertThat(fixture.postbox.lettersTo(OLD).getLast().body()).contains("a***@example.net");
    }

    @Test
    void theLinkWorksOnceAndNotAfterItsDay() {
        changeEmail.request(account, NEW, PASSWORD, english, ADDRESS);
        String token = fixture.postbox.tokenMailedTo(NEW);
        fixture.clock.pass(ChangeEmail.LINK_LIFETIME.plus(Duration.ofMinutes(1)));

        assertThat(changeEmail.confirm(token, english)).isEmpty();
        assertThat(emailOf(account)).isEqualTo(OLD);
    }

    @Test
    void onlyTheNewestRequestsLinkWorks() {
        changeEmail.request(account, "typo@example.nte", PASSWORD, english, ADDRESS);
        String older = fixture.postbox.tokenMailedTo("typo@example.nte");
        changeEmail.request(account, NEW, PASSWORD, english, ADDRESS);

        assertThat(changeEmail.confirm(older, english)).isEmpty();
        assertThat(changeEmail.confirm(fixture.postbox.tokenMailedTo(NEW), english))
                .contains(account);
        assertThat(emailOf(account)).isEqualTo(NEW);
    }

    @Test
    void aWrongCurrentPasswordMailsNoOne() {
        Problems problems = changeEmail.request(account, NEW, "not the password", english, ADDRESS);

        assertThat(problems.of("emailPassword")).isEqualTo("account.error.password.current");
        assertThat(fixture.postbox.lettersTo(NEW)).isEmpty();
    }

    @Test
    void anAddressWithAnAccountOnlyTellsItsOwner() {
        fixture.confirmedAccount(NEW);

        Problems problems = changeEmail.request(account, NEW, PASSWORD, english, ADDRESS);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(fixture.postbox.lettersTo(NEW).getLast().subject()).startsWith("Someone tried to use your address");
        assertThat(fixture.jdbc
                        .sql("select count(*) from account_email_change")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String emailOf(AccountId id) {
        return fixture.accounts.find(id).orElseThrow().email();
    }
}
