package io.tribune.support;

import io.tribune.TribuneApplication;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A whole Tribune started as its own application on a random loopback port, as one node of several
 * in a test: the test's own configurations (nested {@code @TestConfiguration}s of other test classes)
 * are left out, as a {@code @SpringBootTest} leaves them out.
 */
public final class TribuneNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private TribuneNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the PostgreSQL schema, with the demo content (which the first node creates). */
    public static TribuneNode onPostgres(String schema, Map<String, String> more) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("management.server.port", "-1");
        properties.put("spring.datasource.url", Postgres.urlFor(schema));
        properties.put("spring.datasource.username", Postgres.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.jmx.enabled", "false");
        properties.put("tribune.demo.enabled", "true");
        properties.put("tribune.media.root", "target/test-media");
        properties.put("tribune.views.flush-interval", "PT1H");
        properties.putAll(more);
        // as arguments: they must win over application.properties, as a node's environment does
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TribuneApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("testComponentsLeftOut", new LeaveOutTests()))
                .run(arguments);
        return new TribuneNode(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The node's application context, for helpers that take one (e.g. {@code TestArticles}). */
    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

    /** Leaves out what only tests declare, as Spring Boot's test support does. */
    private static final class LeaveOutTests extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
