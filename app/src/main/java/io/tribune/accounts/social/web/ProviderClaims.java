package io.tribune.accounts.social.web;

import io.tribune.accounts.social.SocialIdentity;
import java.net.URI;
import java.util.stream.Stream;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Reads who a provider says the person is. OpenID Connect providers answer with an ID token (issuer,
 * subject, standard claims); plain OAuth2 providers such as Facebook only with their user-info
 * attributes, so their configured issuer — or else the origin of their authorization address — stands
 * in for the issuer, and their address is never taken as verified unless they say so.
 */
final class ProviderClaims {

    /** Claims only prefill forms, which check them again; an absurd length is cut rather than carried. */
    static final int MAX_CLAIM = 320;

    private ProviderClaims() {}

    static SocialIdentity identityOf(OAuth2User user, ClientRegistration registration) {
        if (user instanceof OidcUser oidc) {
            return new SocialIdentity(
                    oidc.getIdToken().getIssuer() == null
                            ? issuerOf(registration)
                            : oidc.getIdToken().getIssuer().toString(),
                    oidc.getSubject(),
                    registration.getRegistrationId(),
                    registration.getClientName(),
                    claim(firstOf(oidc.getFullName(), oidc.getNickName(), oidc.getPreferredUsername())),
                    claim(oidc.getEmail()),
                    Boolean.TRUE.equals(oidc.getEmailVerified()));
        }
        Object verified = user.getAttributes().get("email_verified");
        return new SocialIdentity(
                issuerOf(registration),
                user.getName(),
                registration.getRegistrationId(),
                registration.getClientName(),
                claim(text(user.getAttributes().get("name"))),
                claim(text(user.getAttributes().get("email"))),
                Boolean.TRUE.equals(verified) || "true".equals(verified));
    }

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

    private static String claim(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > MAX_CLAIM ? stripped.substring(0, MAX_CLAIM) : stripped;
    }
}
