package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.editions.Editions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.NullRememberMeServices;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * Adds sign-in through OAuth2 / OpenID Connect providers to the site's security chain — only when the
 * operator configured at least one ({@code spring.security.oauth2.client.registration.*}); without
 * one the site starts as before and shows no provider buttons.
 *
 * <p>The round trip is Spring Security's ({@code /oauth2/authorization/{id}} out, {@code
 * /login/oauth2/code/{id}} back, with state and nonce checked). What it yields is never stored as the
 * reader's sign-in: the provider's authentication is neither saved in the session nor remembered, and
 * the provider's tokens are not kept — {@link SocialLoginHandler} takes over from there.
 */
@Configuration
class SocialLoginSecurity {

    @Bean
    Customizer<HttpSecurity> socialLogin(
            ObjectProvider<ClientRegistrationRepository> registrations, SocialLoginHandler handler, Editions editions) {
        return http -> {
            if (registrations.getIfAvailable() == null) {
                return;
            }
            try {
                http.oauth2Login(login -> login
                        // Tribune's own log-in page, so Spring Security generates none
                        .loginPage(AccountPaths.logIn(editions.fallback()))
                        .successHandler(handler)
                        .failureHandler(handler)
                        .authorizedClientRepository(new NothingKept())
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                            @Override
                            public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                                filter.setSecurityContextRepository(new NullSecurityContextRepository());
                                filter.setRememberMeServices(new NullRememberMeServices());
                                return filter;
                            }
                        }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The provider's access token served only to learn who signed in; keeping it would grow memory for nothing. */
    static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String registrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
