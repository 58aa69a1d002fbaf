package io.tribune.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The real SMTP server (GreenMail) behind the web tests that read the letters the site sends. */
public final class MailServer {

    private MailServer() {}

    /** A server on a free port, started; it runs until the tests' JVM ends. */
    public static GreenMail started() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    /** Points the site's mail at the server. */
    public static void sendTo(GreenMail server, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    /** A letter's text with its quoted-printable soft line breaks and escaped {@code =} undone. */
    public static String text(MimeMessage letter) {
        return GreenMailUtil.getBody(letter).replace("=\r\n", "").replace("=3D", "=");
    }
}
