package io.tribune.accounts.web;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.accounts.profile.ChangeAvatar;
import io.tribune.accounts.profile.ChangeEmail;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.accounts.profile.ExportPersonalData;
import io.tribune.accounts.profile.NotificationChoices;
import io.tribune.accounts.registration.ConfirmEmail;
import io.tribune.accounts.signin.AccountUserDetails;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.RecoverPassword;
import io.tribune.accounts.signin.ResetPassword;
import io.tribune.accounts.signin.SessionStamps;
import io.tribune.accounts.social.IdentityRepository;
import io.tribune.accounts.social.SocialIdentities;
import io.tribune.accounts.social.web.SocialProviders;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.media.Avatars;
import io.tribune.system.Site;
import io.tribune.system.TestSystem;
import io.tribune.system.Texts;
import java.sql.SQLException;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.authentication.NullRememberMeServices;

/**
 * What the account controllers' slice tests run on: the controllers' real collaborators — the use
 * cases, page frames and templates — over a fresh database made by the real migrations, with letters
 * kept in memory ({@link AccountsFixture}). No server, no security chain: these tests are about
 * binding, what a form says back, and where it leads; the journeys through the whole site are the
 * full-HTTP tests'.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@Import({
    Accounts.class,
    AccountPages.class,
    Avatars.class,
    ChangeAvatar.class,
    ChangeProfile.class,
    ExportPersonalData.class,
    NotificationChoices.class,
    SocialIdentities.class,
    AccountUserDetails.class,
    ChangeEmail.class,
    ConfirmEmail.class,
    DeleteAccount.class,
    IdentityRepository.class,
    LogIn.class,
    PasswordPolicy.class,
    RecoverPassword.class,
    ResetPassword.class,
    RoleRepository.class,
    SessionStamps.class,
    SignIn.class,
    SocialProviders.class
})
@ComponentScan(
        basePackages = {"io.tribune.accounts.profile", "io.tribune.accounts.social"},
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = ".*\\.(PendingEmailChanges|LinkIdentity|RegisterWithIdentity|UnlinkIdentity)"))
class AccountsWebSlice {

    /** The fixture and the parts it builds, as beans for the classes above to be made of. */
    @Bean
    static BeanFactoryPostProcessor fixtureParts() {
        return beans -> {
            AccountsFixture fixture;
            try {
                fixture = new AccountsFixture();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Site site = TestSystem.site("https://news.tribune.test");
            Texts texts = TestSystem.texts();
            List<Object> parts = List.of(
                    fixture,
                    fixture.editions,
                    fixture.jdbc,
                    fixture.transaction,
                    fixture.clock,
                    fixture.accounts,
                    fixture.links,
                    fixture.letters,
                    fixture.quotas,
                    fixture.throttle,
                    fixture.captcha,
                    fixture.passwords,
                    fixture.encoder(),
                    fixture.currentPassword(),
                    fixture.privacyPolicy(),
                    fixture.register(),
                    site,
                    texts,
                    TestSystem.pages(fixture.editions, texts, site, fixture.clock),
                    // remember-me is the security chain's part, which this slice leaves out
                    new NullRememberMeServices());
            parts.forEach(part -> beans.registerSingleton(part.getClass().getName(), part));
            ((DefaultListableBeanFactory) beans).registerDisposableBean("accountsFixture", fixture::close);
        };
    }
}
