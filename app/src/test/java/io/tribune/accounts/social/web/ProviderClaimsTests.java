package io.tribune.accounts.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.social.SocialIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

class ProviderClaimsTests {

    private static final ClientRegistration FACEBOOK = CommonOAuth2Provider.FACEBOOK
            .getBuilder("facebook")
            .clientId("id")
            .clientSecret("secret")
            .build();
    private static final ClientRegistration GOOGLE = CommonOAuth2Provider.GOOGLE
            .getBuilder("google")
            .clientId("id")
            .clientSecret("secret")
            .build();

    @Test
    void aPlainOAuth2ProviderIsNamedByTheOriginOfItsAuthorizationAddressAndItsAddressIsNotVerified() {
        var user = new DefaultOAuth2User(
                AuthorityUtils.createAuthorityList("OAUTH2_USER"),
                Map.of("id", "10228", "name", "  Ana Lectora  ", "email", "ana@example.org"),
                "id");

        SocialIdentity identity = ProviderClaims.identityOf(user, FACEBOOK);

        assertThat(identity.issuer()).isEqualTo(originOf(FACEBOOK));
        assertThat(identity.subject()).isEqualTo("10228");
        assertThat(identity.provider()).isEqualTo("facebook");
        assertThat(identity.providerName()).isEqualTo("Facebook");
        assertThat(identity.name()).isEqualTo("Ana Lectora");
        assertThat(identity.email()).isEqualTo("ana@example.org");
        assertThat(identity.isEmailVerified()).isFalse();
        assertThat(identity.isUsable()).isTrue();
    }

    @Test
    void anOpenIdProviderIsNamedByItsTokensIssuerAndSaysWhetherTheAddressIsVerified() {
        var token = new OidcIdToken(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of(
                        "iss", "https://id.example.org",
                        "sub", "248289761001",
                        "aud", List.of("id"),
                        "name", "Ada",
                        "email", "ada@example.org",
                        "email_verified", true));
        var user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token);

        SocialIdentity identity = ProviderClaims.identityOf(user, GOOGLE);

        assertThat(identity.issuer()).isEqualTo("https://id.example.org");
        assertThat(identity.subject()).isEqualTo("248289761001");
        assertThat(identity.providerName()).isEqualTo("Google");
        assertThat(identity.isEmailVerified()).isTrue();
    }

    @Test
    void missingOrAbsurdClaimsDoNotMakeAUsableOrHugeIdentity() {
        var user = new DefaultOAuth2User(
                AuthorityUtils.createAuthorityList("OAUTH2_USER"),
                Map.of("id", "x".repeat(300), "name", "n".repeat(10_000), "email", 42),
                "id");

        SocialIdentity identity = ProviderClaims.identityOf(user, FACEBOOK);

        assertThat(identity.isUsable()).isFalse();
        assertThat(identity.name()).hasSize(ProviderClaims.MAX_CLAIM);
        assertThat(identity.email()).isEmpty();
    }

    private static String originOf(ClientRegistration registration) {
        var uri = java.net.URI.create(registration.getProviderDetails().getAuthorizationUri());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
