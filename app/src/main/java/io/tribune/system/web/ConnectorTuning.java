package io.tribune.system.web;

import io.tribune.system.SystemSettings;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sizes the connector's per-connection write buffer so that a whole page goes out in one write. With
 * Tomcat's default of 8 KB, an uncompressed article page (about 15 KB with its headers) needs several
 * writes and a wait on the poller between them, which cost a third of the processor time of a kept
 * page (docs/benchmarks.md); 32 KB holds a long article. Each open connection holds its buffers (this
 * one, 8 KB to read, and up to 72 KB while request headers arrive), so connections are bounded
 * ({@code server.tomcat.max-connections}, 1,024 by default) to keep the worst case, about 115 MB, well
 * inside the heap. Behind a CDN or a proxy a node needs far fewer.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> writeBuffer(SystemSettings settings) {
        String writeBuffer = Integer.toString(settings.http().writeBufferBytes());
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", writeBuffer));
    }
}
