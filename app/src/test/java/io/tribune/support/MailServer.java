package io.tribune.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The real SMTP server (GreenMail) behind the web tests that read the letters the site sends. */
public final class MailServer {

    private MailServer() {}

    private static GreenMail shared;

    /**
     * The server of the test classes that share one site ({@link ToSharedServer}): started on first use,
     * it runs until the tests' JVM ends, so a cached site keeps the port it was given.
     */
    public static synchronized GreenMail shared() {
        if (shared == null) {
            shared = started();
        }
        return shared;
    }

    /** Points a site's mail at the {@link #shared()} server; the same for every class, so one context. */
    public static final class ToSharedServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + shared().getSmtp().getPort())
                    .applyTo(context);
        }
    }

    /** A server on a free port, started; it runs until the tests' JVM ends. */
    public static GreenMail started() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    /** The letters the server received for {@code address}, oldest first. */
    public static List<MimeMessage> lettersTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .toList();
    }

    /** The one letter the server received for {@code address}; fails when it received none, or more. */
    public static MimeMessage only(GreenMail server, String address) {
        List<MimeMessage> letters = lettersTo(server, address);
        if (letters.size() != 1) {
            throw new AssertionError("expected one letter to " + address + ", the server received " + letters.size());
        }
        return letters.getFirst();
    }

    /** A letter's first To address. */
    public static String recipient(MimeMessage letter) {
        try {
            return letter.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A letter's subject, decoded. */
    public static String subject(MimeMessage letter) {
        try {
            return letter.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the site's mail at the server. */
    public static void sendTo(GreenMail server, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    /**
     * A letter's plain text: of a multipart letter, its text/plain part decoded; else its body with its
     * quoted-printable soft line breaks and escaped {@code =} undone.
     */
    public static String text(MimeMessage letter) {
        if (isMultipart(letter)) {
            return part(letter, "text/plain");
        }
        return GreenMailUtil.getBody(letter).replace("=\r\n", "").replace("=3D", "=");
    }

    /** A multipart letter's text/html part, decoded; fails when the letter has none. */
    public static String html(MimeMessage letter) {
        return part(letter, "text/html");
    }

    private static boolean isMultipart(MimeMessage letter) {
        try {
            return letter.isMimeType("multipart/*");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage letter, String type) {
        try {
            if (!(letter.getContent() instanceof Multipart parts)) {
                throw new AssertionError("a plain letter, not multipart: " + letter.getContentType());
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part in the letter");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
