package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's mail folder and its viewer: a letter is kept whole, as a mail client would receive it (both
 * parts of a letter in text and HTML), and the viewer shows its plain text.
 */
class MailViewerTests {

    private static final String HTML = "<html lang=\"ar\" dir=\"rtl\"><body dir=\"rtl\"><p>رد جديد</p>"
            + "<a href=\"https://x.test/ar/comments/7\">https://x.test/ar/comments/7</a></body></html>";
    private static final Letter MULTIPART = new Letter(
            "reader@example.org",
            "رد جديد على تعليقك",
            "رد جديد: https://x.test/ar/comments/7",
            HTML,
            Map.of("List-Unsubscribe", "<https://x.test/ar/unsubscribe/1.REPLIES.abc>"));

    @TempDir
    Path folder;

    @Test
    void aLetterInTextAndHtmlIsWrittenWholeWithBothParts() throws Exception {
        new FolderPostbox(folder, "Tribune <no-reply@localhost>", Clock.systemUTC()).send(MULTIPART);

        MimeMessage written = onlyWritten();
        assertThat(written.isMimeType("multipart/alternative")).isTrue();
        assertThat(written.getSubject()).isEqualTo("رد جديد على تعليقك");
        assertThat(written.getFrom()[0].toString()).isEqualTo("Tribune <no-reply@localhost>");
        assertThat(written.getHeader("List-Unsubscribe"))
                .containsExactly("<https://x.test/ar/unsubscribe/1.REPLIES.abc>");
        var parts = (Multipart) written.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("رد جديد: https://x.test/ar/comments/7");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(HTML);
    }

    @Test
    void theViewerShowsALettersPlainTextWithItsRecipientSubjectAndListHeaders() {
        var postbox = new FolderPostbox(folder, "Tribune <no-reply@localhost>", Clock.systemUTC());
        postbox.send(MULTIPART);

        assertThat(new MailViewer(postbox).newest())
                .singleElement()
                .isEqualTo("To: reader@example.org\nSubject: رد جديد على تعليقك\n"
                        + "List-Unsubscribe: <https://x.test/ar/unsubscribe/1.REPLIES.abc>\n\n"
                        + "رد جديد: https://x.test/ar/comments/7\n");
    }

    @Test
    void aPlainTextLetterIsShownAsItIsWritten() throws Exception {
        var postbox = new FolderPostbox(folder, "Tribune <no-reply@localhost>", Clock.systemUTC());
        postbox.send(new Letter(
                "admin@tribune.localhost", "Reset your password", "https://x.test/en/account/reset?token=a=b"));

        assertThat(onlyWritten().isMimeType("text/plain")).isTrue();
        assertThat(new MailViewer(postbox).newest())
                .containsExactly("To: admin@tribune.localhost\nSubject: Reset your password\n\n"
                        + "https://x.test/en/account/reset?token=a=b\n");
    }

    private MimeMessage onlyWritten() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        assertThat(files)
                .singleElement()
                .satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
