package io.tribune.notifications.push;

import io.tribune.system.Site;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The push service client, signing with the site's VAPID keys, and the sender that uses it on every node. */
@Configuration
class PushConfiguration {

    @Bean
    EndpointGuard endpointGuard(PushSettings settings) {
        return new EndpointGuard(settings.allowPrivateEndpoints());
    }

    @Bean(destroyMethod = "close")
    PushService pushService(PushSettings settings, JdbcClient jdbc, Clock clock, Site site, EndpointGuard guard) {
        VapidKeys keys = VapidKeyStore.load(settings, jdbc, clock);
        // push services want an https: or mailto: contact; the demo's http address is neither
        String contact = !settings.contact().isBlank()
                ? settings.contact()
                : site.isServedOverHttps() ? site.baseUrl() : "mailto:webmaster@localhost";
        return new PushService(keys, contact, settings, guard, clock);
    }

    @Bean
    PushSender pushSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            PushService push,
            PushSettings settings,
            Clock clock) {
        return new PushSender(jdbc, new TransactionTemplate(transactions), push, settings, clock);
    }
}
