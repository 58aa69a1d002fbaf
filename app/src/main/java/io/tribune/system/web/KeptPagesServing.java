package io.tribune.system.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tribune.system.KeptPages;
import io.tribune.system.SecurityHeaders;
import io.tribune.system.Site;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts {@link KeptPagesValve} in front of the servlet container's pipeline. The modules that keep
 * pages are looked up on the first request, not while the server is being built, and the pages
 * served this way are counted ({@code tribune.kept.pages}) since they skip the request metrics.
 */
@Configuration(proxyBeanMethods = false)
class KeptPagesServing {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> keptPagesValve(
            ObjectProvider<KeptPages> keepers, ObjectProvider<MeterRegistry> meters, Site site) {
        SingletonSupplier<List<KeptPages>> lookup =
                SingletonSupplier.of(() -> keepers.orderedStream().toList());
        SingletonSupplier<Counter> served = SingletonSupplier.of(() -> Counter.builder("tribune.kept.pages")
                .description("Pages answered from memory before the filter chain")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new)));
        return factory -> factory.addEngineValves(new KeptPagesValve(
                lookup, SecurityHeaders.of(site), () -> served.obtain().increment()));
    }
}
