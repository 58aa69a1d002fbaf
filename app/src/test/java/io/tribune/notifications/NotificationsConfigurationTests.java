package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Where letters go, and what the operator is told about it at start. */
class NotificationsConfigurationTests {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(NotificationsConfiguration.class);
    private final FolderPostbox folder =
            new FolderPostbox(Path.of("target/configuration-mail"), "Tribune <no-reply@localhost>", Clock.systemUTC());

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    @Test
    void productionStartWithoutSmtpWarnsInOneLineThatNobodyReceivesTheLetters() {
        Postbox postbox = postbox(false);

        assertThat(postbox).isSameAs(folder);
        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage())
                    .contains("No SMTP server is configured (SPRING_MAIL_HOST)")
                    .contains("nobody receives them")
                    .contains("configuration-mail");
        });
    }

    @Test
    void theDemoWritesLettersForItsViewerWithoutAWarning() {
        assertThat(postbox(true)).isSameAs(folder);
        assertThat(logged.list).isEmpty();
    }

    private Postbox postbox(boolean demo) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("folder", folder);
        if (demo) {
            beans.addBean("viewer", new MailViewer(folder));
        }
        return new NotificationsConfiguration()
                .postbox(
                        beans.getBeanProvider(JavaMailSender.class),
                        beans.getBeanProvider(FolderPostbox.class),
                        beans.getBeanProvider(MailViewer.class),
                        new NotificationSettings("Tribune <no-reply@localhost>", Path.of("target/configuration-mail")));
    }
}
