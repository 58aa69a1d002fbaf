package io.tribune.accounts.web;

import io.tribune.accounts.SocialIdentity;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
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
    private static final int MAX_CLAIM = 320;

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
            response.sendRedirect("/" + edition.code() + "/account/social/failed");
            return;
        }
        PendingSocialLogin.start(identity.get(), edition.code(), clock.instant())
                .keepIn(session);
        response.sendRedirect("/" + edition.code() + "/account/social");
    }

    /** The provider refused, the reader cancelled there, or the answer was forged or replayed (state). */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info("A provider sign-in failed: {}", exception.getMessage());
        Edition edition = startedFrom(request.getSession(false));
        response.sendRedirect("/" + edition.code() + "/account/social/failed");
    }

    private Edition startedFrom(HttpSession session) {
        Object code = session == null ? null : session.getAttribute(EDITION_ATTRIBUTE);
        return editions.find(code instanceof String c ? c : null).orElse(editions.fallback());
    }

    private Optional<SocialIdentity> identityOf(OAuth2AuthenticationToken token) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        ClientRegistration registration =
                repository == null ? null : repository.findByRegistrationId(token.getAuthorizedClientRegistrationId());
        if (registration == null) {
            return Optional.empty();
        }
        OAuth2User user = token.getPrincipal();
        if (user instanceof OidcUser oidc) {
            return Optional.of(new SocialIdentity(
                    oidc.getIdToken().getIssuer() == null
                            ? issuerOf(registration)
                            : oidc.getIdToken().getIssuer().toString(),
                    oidc.getSubject(),
                    registration.getRegistrationId(),
                    registration.getClientName(),
                    claim(firstOf(oidc.getFullName(), oidc.getNickName(), oidc.getPreferredUsername())),
                    claim(oidc.getEmail()),
                    Boolean.TRUE.equals(oidc.getEmailVerified())));
        }
        Object verified = user.getAttributes().get("email_verified");
        return Optional.of(new SocialIdentity(
                issuerOf(registration),
                user.getName(),
                registration.getRegistrationId(),
                registration.getClientName(),
                claim(text(user.getAttributes().get("name"))),
                claim(text(user.getAttributes().get("email"))),
                Boolean.TRUE.equals(verified) || "true".equals(verified)));
    }

    /** A plain OAuth2 provider (Facebook) has no issuer: its configured issuer, or else its origin, stands in. */
    private static String issuerOf(ClientRegistration registration) {
        var provider = registration.getProviderDetails();
        if (provider.getIssuerUri() != null && !provider.getIssuerUri().isBlank()) {
            return provider.getIssuerUri();
        }
        URI authorization = URI.create(provider.getAuthorizationUri());
        return authorization.getScheme() + "://" + authorization.getRawAuthority();
    }

    private static String firstOf(String... values) {
        return Stream.of(values)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("");
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    /** Claims only prefill forms, which check them again; an absurd length is cut rather than carried. */
    private static String claim(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > MAX_CLAIM ? stripped.substring(0, MAX_CLAIM) : stripped;
    }
}
