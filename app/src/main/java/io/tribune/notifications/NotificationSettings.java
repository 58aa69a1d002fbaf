package io.tribune.notifications;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for letters ({@code tribune.mail.*}, {@code TRIBUNE_MAIL_FROM}), read here only;
 * the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every letter
 * @param folder where letters are written when no SMTP server is configured
 */
@ConfigurationProperties("tribune.mail")
record NotificationSettings(
        @DefaultValue("Tribune <no-reply@localhost>") String from,
        @DefaultValue("data/mail") Path folder) {}
