package io.tribune.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends letters through the SMTP server configured with {@code spring.mail.*}. */
class SmtpPostbox implements Postbox {

    private final JavaMailSender sender;
    private final String from;

    SmtpPostbox(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Letter letter) {
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(letter.to());
            helper.setSubject(letter.subject());
            helper.setText(letter.body(), false);
            for (var header : letter.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
