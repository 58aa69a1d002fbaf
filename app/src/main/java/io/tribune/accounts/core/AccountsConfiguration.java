package io.tribune.accounts.core;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.signin.AccountUserDetails;
import io.tribune.editions.Editions;
import io.tribune.system.Site;
import java.security.SecureRandom;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
 * remember-me, log-out and session cookies.
 */
@Configuration
class AccountsConfiguration {

    static final String REMEMBER_ME_PARAMETER = "remember";
    static final String REMEMBER_ME_COOKIE = "tribune-remember";

    /**
     * Argon2id with OWASP's 2023+ minimum (19 MiB, 2 passes, 1 lane): memory-hard against GPU
     * cracking while one hash stays in the tens of milliseconds on a small server. Only a few hashes
     * run at once (see {@link HashPermits}).
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountSettings settings, HashPermits permits) {
        var argon2 = settings.argon2();
        return new BoundedPasswordEncoder(
                new Argon2PasswordEncoder(16, 32, 1, argon2.memoryKib(), argon2.iterations()), permits);
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
                PathPatternRequestMatcher.withDefaults()
                        .matcher(AccountPaths.underInEveryEdition(AccountPaths.PROFILE)),
                PathPatternRequestMatcher.withDefaults().matcher("/account/**"));
        return http -> {
            try {
                http.rememberMe(remember -> remember.rememberMeServices(rememberMe))
                        .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                        .matcher(HttpMethod.POST, AccountPaths.LOG_OUT))
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
