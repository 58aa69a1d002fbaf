package io.tribune.notifications.email;

import io.tribune.support.MailServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole Tribune with the demo content whose letters go to a real SMTP server (GreenMail, {@link
 * MailServer#shared()}), at {@code https://news.tribune.test}, the running notification sender off and
 * the write commits counted. Test classes that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:email-notifications;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.base-url=https://news.tribune.test",
            "tribune.media.root=target/test-media",
            "tribune.mail.from=Tribune <no-reply@tribune.test>",
            "tribune.mail.sending=false"
        })
@Import(MailedSite.CountedCommits.class)
@ContextConfiguration(initializers = MailServer.ToSharedServer.class)
@interface MailedSite {

    /**
     * The site's data source, counted for {@link EmailNotificationTests} (here, not nested in a test class,
     * where it would be that class's own configuration and so give it a context of its own).
     */
    @TestConfiguration
    class CountedCommits {

        @Bean
        static EmailNotificationTests.WriteCommits writeCommits() {
            return new EmailNotificationTests.WriteCommits();
        }
    }
}
