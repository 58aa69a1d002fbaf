package io.tribune.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends letters through the SMTP server configured with {@code spring.mail.*}: plain text, or multipart/alternative. */
class SmtpPostbox implements Postbox {

    static {
        // before any letter is written, by this postbox or the folder's
        MailStreams.name();
    }

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
            write(letter, from, message);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    /**
     * Writes the letter into {@code message}: plain text, or the plain text and the HTML as two views of
     * one letter (RFC 2046 multipart/alternative, text first), with the letter's own headers.
     */
    static void write(Letter letter, String from, MimeMessage message) throws MessagingException {
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(letter.to());
        helper.setSubject(letter.subject());
        if (letter.html() == null) {
            helper.setText(letter.body(), false);
        } else {
            message.setContent(alternative(letter));
        }
        for (var header : letter.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
    }

    private static MimeMultipart alternative(Letter letter) throws MessagingException {
        var text = new MimeBodyPart();
        text.setText(letter.body(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", text, html);
    }
}
