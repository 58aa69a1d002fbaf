package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.social.SocialIdentity;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where Spring Security's provider round trip ends. The provider's authentication is never kept as
 * the reader's sign-in (its name is the provider's subject, not an account id): it is read into a
 * {@link SocialIdentity}, dropped, and left pending in the session for {@link SocialLoginController}
 * to sign in to the linked account or to ask whether the reader already has one.
 */
@Component
class SocialLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The session attribute holding the edition the reader started from. */
    static final String EDITION_ATTRIBUTE = "tribune.accounts.social.edition";

    private static final Logger log = LoggerFactory.getLogger(SocialLoginHandler.class);

    private final Editions editions;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final Clock clock;

    SocialLoginHandler(Editions editions, ObjectProvider<ClientRegistrationRepository> registrations, Clock clock) {
        this.editions = editions;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        Edition edition = startedFrom(session);
        Optional<SocialIdentity> identity = authentication instanceof OAuth2AuthenticationToken token
                ? identityOf(token).filter(SocialIdentity::isUsable)
                : Optional.empty();
        if (identity.isEmpty()) {
            log.warn("A provider sign-in came back without a usable issuer and subject");
            response.sendRedirect(AccountPaths.in(edition, AccountPaths.SOCIAL_FAILED));
            return;
        }
        PendingSocialLogin.start(identity.get(), edition.code(), clock.instant(), signedInBefore(session))
                .keepIn(session);
        response.sendRedirect(AccountPaths.in(edition, AccountPaths.SOCIAL));
    }

    /** The provider refused, the reader cancelled there, or the answer was forged or replayed (state). */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info("A provider sign-in failed: {}", exception.getMessage());
        Edition edition = startedFrom(request.getSession(false));
        response.sendRedirect(AccountPaths.in(edition, AccountPaths.SOCIAL_FAILED));
    }

    /** The account this session was signed in to before the round trip: its context stays in the session. */
    private static AccountId signedInBefore(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication before = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        if (before == null || !before.isAuthenticated() || before instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return AccountId.parse(before.getName()).orElse(null);
    }

    private Edition startedFrom(HttpSession session) {
        Object code = session == null ? null : session.getAttribute(EDITION_ATTRIBUTE);
        return editions.find(code instanceof String c ? c : null).orElse(editions.fallback());
    }

    private Optional<SocialIdentity> identityOf(OAuth2AuthenticationToken token) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration registration =
                repository == null ? null : repository.findByRegistrationId(token.getAuthorizedClientRegistrationId());
        return registration == null
                ? Optional.empty()
                : Optional.of(ProviderClaims.identityOf(token.getPrincipal(), registration));
    }
}
