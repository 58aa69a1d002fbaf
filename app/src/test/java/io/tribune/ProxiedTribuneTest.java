package io.tribune;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole Tribune set up as the README tells an operator to run it behind a TLS-terminating reverse
 * proxy: an https public address, and Tomcat's forwarded-header handling trusting only the proxy, which
 * here connects from {@link #PROXY_ADDRESS}. Own in-memory database, demo content; test classes that
 * use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:tribune-proxied;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media-proxied",
            "tribune.views.flush-interval=PT1H",
            "tribune.base-url=https://news.example.org",
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2"
        })
public @interface ProxiedTribuneTest {

    /** The reverse proxy's address: a loopback alias, so the tests can connect from it. */
    String PROXY_ADDRESS = "127.0.0.2";
}
