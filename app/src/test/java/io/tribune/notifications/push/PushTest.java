package io.tribune.notifications.push;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The site on a random port with the demo content, allowed to push to the local push service, and with
 * its own sender off: each test drives senders ("nodes") of its own, with short timeouts, backoff and
 * lease. Test classes that use it share one application context (one start for the push journeys and
 * the administrators' page of sends), so each test names the article and subscribers it counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:push-sending;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.push.allow-private-endpoints=true",
            "tribune.push.sending=false",
            "tribune.push.request-timeout=PT2S",
            "tribune.push.connect-timeout=PT2S",
            "tribune.push.lease=PT10S",
            "tribune.push.backoff=PT0.2S",
            "tribune.push.max-attempts=3",
            "tribune.push.poll-interval=PT0.1S"
        })
@interface PushTest {}
