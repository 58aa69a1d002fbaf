package io.tribune.accounts;

import io.tribune.editions.Editions;
import io.tribune.system.Site;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The accounts module's share of the security chain and its infrastructure: password hashing,
 * remember-me, log-out, session cookies and where mail goes.
 */
@Configuration
class AccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccountsConfiguration.class);

    static final String REMEMBER_ME_PARAMETER = "remember";
    static final String REMEMBER_ME_COOKIE = "tribune-remember";

    /**
     * Argon2id with OWASP's 2023+ minimum (19 MiB, 2 passes, 1 lane): memory-hard against GPU
     * cracking while one hash stays in the tens of milliseconds on a small server. Only a few hashes
     * run at once (see {@link HashPermits}).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${tribune.accounts.argon2.memory-kib:19456}") int memoryKib,
            @Value("${tribune.accounts.argon2.iterations:2}") int iterations,
            HashPermits permits) {
        return new BoundedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations), permits);
    }

    /**
     * SMTP when {@code spring.mail.host} is set; otherwise letters are written to a folder. Outside the
     * demo that is an operator's mistake, said once at start: nobody receives the letters.
     */
    @Bean
    Postbox postbox(
            ObjectProvider<JavaMailSender> sender,
            ObjectProvider<FolderPostbox> folder,
            ObjectProvider<MailViewer> viewer,
            @Value("${tribune.mail.from:Tribune <no-reply@localhost>}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            return new SmtpPostbox(smtp, from);
        }
        FolderPostbox box = folder.getObject();
        if (viewer.getIfAvailable() == null) {
            log.warn(
                    "No SMTP server is configured (SPRING_MAIL_HOST): letters are only written to {}, nobody receives them",
                    box.folder().toAbsolutePath());
        }
        return box;
    }

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
    FolderPostbox folderPostbox(@Value("${tribune.mail.folder:data/mail}") String folder, Clock clock) {
        return new FolderPostbox(Path.of(folder), clock);
    }

    /**
     * The demo's mail viewer at {@code /dev/mail}: only with the embedded demo (demo content on, no
     * SMTP server, not the {@code postgres} profile), since every letter it shows holds a secret link.
     */
    @Bean
    @Profile("!postgres")
    @ConditionalOnExpression("${tribune.demo.enabled:false} and '${spring.mail.host:}'.isEmpty()")
    MailViewer mailViewer(FolderPostbox folder) {
        return new MailViewer(folder);
    }

    @Bean
    RememberMeServices rememberMeServices(AccountUserDetails users, DataSource dataSource, CookiePolicy cookies) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        // the key only signs the in-request token of persistent remember-me, so a per-process key suffices
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        var services =
                new PersistentTokenBasedRememberMeServices(Base64.getEncoder().encodeToString(key), users, tokens);
        services.setParameter(REMEMBER_ME_PARAMETER);
        services.setCookieName(REMEMBER_ME_COOKIE);
        services.setTokenValiditySeconds(60 * 60 * 24 * 30);
        services.setUseSecureCookie(cookies.isSecure());
        return services;
    }

    /** Adds remember-me, log-out and private caching of account pages to the site's security chain. */
    @Bean
    Customizer<HttpSecurity> accountsSecurity(RememberMeServices rememberMe, Editions editions) {
        var accountPages = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/*/account/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/account/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/dev/mail"));
        return http -> {
            try {
                http.rememberMe(remember -> remember.rememberMeServices(rememberMe))
                        .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                        .matcher(HttpMethod.POST, "/account/logout"))
                                .deleteCookies("JSESSIONID", REMEMBER_ME_COOKIE)
                                .logoutSuccessHandler((request, response, authentication) -> {
                                    String edition = editions.find(request.getParameter("edition"))
                                            .orElse(editions.fallback())
                                            .home();
                                    response.sendRedirect(edition);
                                }))
                        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                        .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                accountPages, new CacheControlHeadersWriter())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Session and remember-me cookies: HttpOnly, SameSite=Lax, and Secure whenever the site is served over HTTPS. */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    ServletContextInitializer sessionCookie(CookiePolicy cookies) {
        return context -> {
            var cookie = context.getSessionCookieConfig();
            cookie.setHttpOnly(true);
            cookie.setSecure(cookies.isSecure());
            cookie.setAttribute("SameSite", "Lax");
        };
    }

    /** Whether cookies must be Secure: true when the public address is https. */
    @Bean
    CookiePolicy cookiePolicy(Site site) {
        return new CookiePolicy(site.isServedOverHttps());
    }

    record CookiePolicy(boolean isSecure) {}
}
