package io.tribune.notifications;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

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
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(letter.to());
        message.setSubject(letter.subject());
        message.setText(letter.body());
        sender.send(message);
    }
}
