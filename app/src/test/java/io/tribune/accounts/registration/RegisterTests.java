package io.tribune.accounts.registration;

import static io.tribune.accounts.core.AccountsFixture.ADDRESS;
import static io.tribune.accounts.core.AccountsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountRegistered;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.core.Consent;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration as one use case, without Spring: what is stored, mailed and published for each answer. */
class RegisterTests {

    private static final String EMAIL = "ada@example.org";

    private AccountsFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new AccountsFixture();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aNewAddressGetsAnUnconfirmedAccountWithItsConsentAndAConfirmationLink() {
        Problems problems = fixture.register().register(fixture.registration(EMAIL));

        assertThat(problems.isEmpty()).isTrue();
        Account account = fixture.accounts.findByEmail(EMAIL).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Ada Reader");
        assertThat(account.isConfirmed()).isFalse();
        assertThat(fixture.accounts.consents(account.id()))
                .extracting(Consent::policyVersion)
                .containsExactly("2026-11");
        assertThat(fixture.postbox.lettersTo(EMAIL))
                .singleElement()
                .satisfies(letter -> assertThat(letter.subject()).startsWith("Confirm your address"));
        assertThat(fixture.links.redeem(fixture.postbox.tokenMailedTo(EMAIL), OneTimeLinks.Purpose.CONFIRM_EMAIL))
                .contains(account.id());
        assertThat(fixture.events).containsExactly(new AccountRegistered(account.id(), "en"));
    }

    @Test
    void aRegisteredAddressAnswersAlikeButOnlyItsOwnerHearsOfIt() {
        AccountId owner = fixture.confirmedAccount(EMAIL);

        Problems problems = fixture.register().register(fixture.registration(EMAIL));

        assertThat(problems.isEmpty()).isTrue();
        assertThat(fixture.accounts.findByEmail(EMAIL).orElseThrow().id()).isEqualTo(owner);
        assertThat(fixture.jdbc
                        .sql("select count(*) from account")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(fixture.postbox.lettersTo(EMAIL))
                .singleElement()
                .satisfies(letter -> assertThat(letter.subject()).startsWith("Registration attempt"));
        assertThat(fixture.events).isEmpty();
    }

    @Test
    void withoutConsentNothingIsStoredMailedOrPublished() {
        Registration noConsent = new Registration(
                "en", EMAIL, "Ada Reader", PASSWORD, false, fixture.solvedCaptcha(Register.FORM), ADDRESS);

        Problems problems = fixture.register().register(noConsent);

        assertThat(problems.of("consent")).isEqualTo("account.error.consent.required");
        assertNothingHappened();
    }

    @Test
    void aCaptchaAnswerCountsOnce() {
        CaptchaAnswer answer = fixture.solvedCaptcha(Register.FORM);
        Registration first = new Registration("en", EMAIL, "Ada Reader", PASSWORD, true, answer, ADDRESS);
        Registration again =
                new Registration("en", "grace@example.org", "Grace Reader", PASSWORD, true, answer, ADDRESS);

        assertThat(fixture.register().register(first).isEmpty()).isTrue();
        assertThat(fixture.register().register(again).of("captcha")).isEqualTo("account.error.captcha");
        assertThat(fixture.accounts.findByEmail("grace@example.org")).isEmpty();
        assertThat(fixture.postbox.lettersTo("grace@example.org")).isEmpty();
    }

    @Test
    void anUnsolvedCaptchaIsRefusedBeforeAnythingIsStored() {
        Registration unsolved = new Registration(
                "en", EMAIL, "Ada Reader", PASSWORD, true, new CaptchaAnswer("bm90IGEgc29sdXRpb24="), ADDRESS);

        assertThat(fixture.register().register(unsolved).of("captcha")).isEqualTo("account.error.captcha");
        assertNothingHappened();
    }

    private void assertNothingHappened() {
        assertThat(fixture.accounts.findByEmail(EMAIL)).isEmpty();
        assertThat(fixture.postbox.letters()).isEmpty();
        assertThat(fixture.events).isEmpty();
    }
}
