package io.tribune.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Where letters go, and the demo's page that lists them. */
@Configuration
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

    /**
     * SMTP when {@code spring.mail.host} is set; otherwise letters are written to a folder. Outside the
     * demo that is an operator's mistake, said once at start: nobody receives the letters.
     */
    @Bean
    Postbox postbox(
            ObjectProvider<JavaMailSender> sender,
            ObjectProvider<FolderPostbox> folder,
            ObjectProvider<MailViewer> viewer,
            NotificationSettings settings) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            return new SmtpPostbox(smtp, settings.from());
        }
        FolderPostbox box = folder.getObject();
        if (viewer.getIfAvailable() == null) {
            log.warn(
                    "No SMTP server is configured (SPRING_MAIL_HOST): letters are only written to {}, nobody receives them",
                    box.folder().toAbsolutePath());
        }
        return box;
    }

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
    FolderPostbox folderPostbox(NotificationSettings settings, Clock clock) {
        return new FolderPostbox(settings.folder(), settings.from(), clock);
    }

    /**
     * The demo's mail viewer at {@code /dev/mail}: only with the embedded demo (demo content on, no
     * SMTP server, not the {@code postgres} profile), since every letter it shows holds a secret link.
     */
    @Bean
    @Profile("!postgres")
    @ConditionalOnExpression("${tribune.demo.enabled:false} and '${spring.mail.host:}'.isEmpty()")
    MailViewer mailViewer(FolderPostbox folder) {
        return new MailViewer(folder);
    }

    /** The mail viewer's page is private: its letters hold secret links. */
    @Bean
    Customizer<HttpSecurity> mailViewerNotCached() {
        var viewer = PathPatternRequestMatcher.withDefaults().matcher(DevelopmentMailController.PATH);
        return http -> http.headers(headers -> headers.addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(viewer, new CacheControlHeadersWriter())));
    }
}
