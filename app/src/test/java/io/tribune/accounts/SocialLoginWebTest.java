package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts web tests with a real OpenID Connect provider beside the site: mock-oauth2-server in
 * this JVM, on 127.0.0.1, with its interactive sign-in form (any subject, any claims) — the operator's
 * configuration is the same properties a production provider gets. Its tests share one application
 * context.
 */
abstract class SocialLoginWebTest extends AccountsWebTest {

    static final String PROVIDER_NAME = "Mock ID";
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        PROVIDER.start(loopback(), 0);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName("127.0.0.1");
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.mock.";
        registry.add(registration + "client-id", () -> "tribune");
        registry.add(registration + "client-secret", () -> "tribune-secret");
        registry.add(registration + "client-name", () -> PROVIDER_NAME);
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add(
                "spring.security.oauth2.client.provider.mock.issuer-uri",
                () -> PROVIDER.issuerUrl("default").toString());
    }

    /** The claims a provider gives for a person with a verified address. */
    static Map<String, Object> person(String name, String email, boolean verified) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", name);
        claims.put("email", email);
        claims.put("email_verified", verified);
        return claims;
    }

    /**
     * Presses the provider's button on the edition's log-in page and signs in at the provider's own
     * form as {@code subject}, the way a browser follows the redirects; returns Tribune's answer once
     * the provider has sent the reader back.
     */
    HttpResponse<String> signInAtProvider(Browser visitor, String edition, String subject, Map<String, Object> claims) {
        String login = visitor.get("/" + edition + "/account/login").body();
        String start = "/" + edition + "/account/social/start/mock";
        assertThat(login).contains("href=\"" + start + "\"");

        HttpResponse<String> toSpring = visitor.get(start);
        HttpResponse<String> toProvider = visitor.get(location(toSpring));
        String authorize = location(toProvider);
        assertThat(authorize)
                .startsWith(PROVIDER.authorizationEndpointUrl("default").toString());
        assertThat(visitor.get(authorize).body()).contains("name=\"username\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", subject);
        form.put("claims", JSON.writeValueAsString(claims));
        HttpResponse<String> back = visitor.postRaw(authorize, Browser.encode(form));
        assertThat(location(back)).contains("/login/oauth2/code/mock?");

        HttpResponse<String> callback = visitor.get(location(back));
        assertThat(location(callback)).endsWith("/" + edition + "/account/social");
        return visitor.get(location(callback));
    }

    static String location(HttpResponse<?> response) {
        assertThat(response.statusCode())
                .as("a redirect from " + response.uri())
                .isBetween(301, 303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    int identitiesOf(String subject) {
        return jdbc.sql("select count(*) from account_identity where subject = ?")
                .param(subject)
                .query(Integer.class)
                .single();
    }

    static String uniqueSubject(String name) {
        return name + "-" + System.nanoTime();
    }
}
