package io.tribune.accounts.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.editions.Editions;
import io.tribune.system.Texts;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo staff exist only in the embedded demo: demo content on and not the PostgreSQL profile. */
class DemoStaffConditionsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoStaff.class)
            .withBean(AccountRepository.class, () -> mock(AccountRepository.class))
            .withBean(RoleRepository.class, () -> mock(RoleRepository.class))
            .withBean(PasswordEncoder.class, () -> mock(PasswordEncoder.class))
            .withBean(Editions.class, () -> mock(Editions.class))
            .withBean(Texts.class, () -> mock(Texts.class))
            .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(PrivacyPolicy.class, () -> mock(PrivacyPolicy.class));

    @Test
    void theEmbeddedDemoMakesThem() {
        context.withPropertyValues("tribune.demo.enabled=true")
                .run(started -> assertThat(started).hasSingleBean(DemoStaff.class));
    }

    @Test
    void aDemoOnPostgreSqlDoesNot() {
        context.withPropertyValues("tribune.demo.enabled=true", "spring.profiles.active=postgres")
                .run(started -> assertThat(started).doesNotHaveBean(DemoStaff.class));
    }

    @Test
    void aSiteWithoutTheDemoDoesNot() {
        context.withPropertyValues("tribune.demo.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(DemoStaff.class));
        context.run(started -> assertThat(started).doesNotHaveBean(DemoStaff.class));
    }
}
