package io.tribune.accounts.social.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The sign-in providers configured under {@code spring.security.oauth2.client.registration.*}, sorted
 * by name; none when the operator configured none (Spring Boot then makes no registration repository).
 */
@Component
public class SocialProviders {

    private final List<SocialProvider> all;

    SocialProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.all = registrations.getIfAvailable() instanceof Iterable<?> configured
                ? StreamSupport.stream(configured.spliterator(), false)
                        .filter(ClientRegistration.class::isInstance)
                        .map(ClientRegistration.class::cast)
                        .filter(r -> AuthorizationGrantType.AUTHORIZATION_CODE.equals(r.getAuthorizationGrantType()))
                        .map(r -> new SocialProvider(r.getRegistrationId(), r.getClientName()))
                        .sorted(Comparator.comparing(SocialProvider::name).thenComparing(SocialProvider::id))
                        .toList()
                : List.of();
    }

    public List<SocialProvider> all() {
        return all;
    }

    Optional<SocialProvider> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The provider's name to show; the registration id when the provider is no longer configured. */
    String nameOf(String id) {
        return find(id).map(SocialProvider::name).orElse(id);
    }
}
