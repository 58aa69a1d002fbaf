package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneApplication;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.accounts.profile.PurgeDeletedAccounts;
import io.tribune.accounts.registration.ConfirmEmail;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.registration.Registration;
import io.tribune.support.Browser;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The accounts module with the modules it uses: its boundaries, and the events it publishes for the
 * modules that come later (notifications, discussion) to listen to.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:accounts-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=false",
            "tribune.base-url=http://news.tribune.test",
            "tribune.media.root=target/accounts-module-media",
            "tribune.mail.folder=target/accounts-module-mail",
            "tribune.accounts.captcha.max-number=50"
        })
class AccountsModuleTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApplicationModules modules = ApplicationModules.of(TribuneApplication.class);

    @Autowired
    Register register;

    @Autowired
    Captcha captcha;

    @Autowired
    OneTimeLinks links;

    @Autowired
    ConfirmEmail confirmEmail;

    @Autowired
    PurgeDeletedAccounts purge;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Test
    void accountsIsAModuleThatBreaksNoBoundary() {
        assertThat(modules.getModuleByName("accounts")).isPresent();
        assertThat(modules.detectViolations().getMessages())
                .filteredOn(message -> message.contains("accounts"))
                .isEmpty();
    }

    /** Other modules may use what accounts exposes (facade, events, ids), never a type of its inner packages. */
    @Test
    void noOtherModuleDependsOnAccountsInternals() {
        ApplicationModule accounts = modules.getModuleByName("accounts").orElseThrow();
        assertThat(modules.stream()
                        .filter(module -> !module.equals(accounts))
                        .flatMap(module -> module.getDependencies(modules).stream())
                        .filter(dependency -> dependency.getTargetModule().equals(accounts))
                        .filter(dependency -> !accounts.isExposed(dependency.getTargetType()))
                        .map(dependency -> dependency.getSourceType().getName() + " -> "
                                + dependency.getTargetType().getName())
                        .distinct())
                .isEmpty();
    }

    /** Accounts sits below publishing, so that the arrow between them can only point down. */
    @Test
    void accountsKnowsNothingOfPublishing() {
        var accounts = modules.getModuleByName("accounts").orElseThrow();
        assertThat(accounts.getDependencies(modules).stream()
                        .map(dependency ->
                                dependency.getTargetModule().getIdentifier().toString()))
                .doesNotContain("publishing");
    }

    /** Accounts keeps avatars through the media module's Avatars facade; media never learns of accounts. */
    @Test
    void mediaStoresAvatarsWithoutKnowingAccounts() {
        var media = modules.getModuleByName("media").orElseThrow();
        assertThat(media.getDependencies(modules).stream()
                        .map(dependency ->
                                dependency.getTargetModule().getIdentifier().toString()))
                .doesNotContain("accounts");
    }

    @Test
    void registeringANewAddressPublishesAccountRegistered(Scenario scenario) {
        String email = uniqueEmail("registered");
        scenario.stimulate(() -> register.register(registration("es", email)))
                .andWaitForEventOfType(AccountRegistered.class)
                .matching(event -> event.edition().equals("es"))
                .toArriveAndVerify((event, problems) -> {
                    assertThat(problems.isEmpty()).isTrue();
                    assertThat(event.account()).isEqualTo(idOf(email));
                });
    }

    @Test
    void confirmingTheAddressPublishesAccountConfirmed(Scenario scenario) {
        AccountId id = registered(uniqueEmail("confirmed"));
        String token = links.issue(id, OneTimeLinks.Purpose.CONFIRM_EMAIL, Duration.ofHours(1));
        scenario.stimulate(() -> confirmEmail.confirm(token))
                .andWaitForEventOfType(AccountConfirmed.class)
                .matchingMappedValue(AccountConfirmed::account, id)
                .toArrive();
    }

    @Test
    void erasingAnAccountDeletedLongAgoPublishesAccountPurged(Scenario scenario) {
        AccountId id = registered(uniqueEmail("purged"));
        accounts.deactivate(
                id, clock.instant().minus(DeleteAccount.RESTORE_PERIOD).minusSeconds(60));
        scenario.stimulate(() -> purge.purge())
                .andWaitForEventOfType(AccountPurged.class)
                .matchingMappedValue(AccountPurged::account, id)
                .toArriveAndVerify(event -> assertThat(accounts.find(id)).isEmpty());
    }

    private AccountId registered(String email) {
        assertThat(register.register(registration("en", email)).isEmpty()).isTrue();
        return idOf(email);
    }

    private Registration registration(String edition, String email) {
        String solution =
                Browser.solveChallenge(captcha.challenge(Register.FORM).challengeJson());
        return new Registration(
                edition,
                email,
                "Module Reader",
                "correct horse battery staple",
                true,
                new CaptchaAnswer(solution),
                "192.0.2." + SEQUENCE.get());
    }

    private AccountId idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private static String uniqueEmail(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@example.org";
    }
}
