package io.tribune.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The postbox without an SMTP server: each letter is written whole to a folder (data/mail by default), as
 * the message an SMTP server would have received ({@code .eml}: headers, and both parts of a letter in
 * text and HTML), which a mail client opens. In the demo they are listed on a local page ({@link
 * MailViewer}) by their plain text, so the links in them can be followed.
 */
class FolderPostbox implements Postbox {

    private static final Logger log = LoggerFactory.getLogger(FolderPostbox.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Session SESSION = Session.getInstance(new Properties());
    /**
     * Makes the letters only (it never connects): its messages share one table of file types, which
     * a message made with {@code new MimeMessage} would have read from the class path for every letter.
     */
    private static final JavaMailSenderImpl MESSAGES = new JavaMailSenderImpl();

    private final Path folder;
    private final String from;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    FolderPostbox(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(Letter letter) {
        Path file = folder.resolve(NAME.format(clock.instant()) + "-" + sequence.incrementAndGet() + ".eml");
        MimeMessage message = MESSAGES.createMimeMessage();
        try {
            SmtpPostbox.write(letter, from, message);
            message.saveChanges();
            Files.createDirectories(folder);
            // buffered: the message's encoders write a byte at a time, each a system call unbuffered
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                message.writeTo(out);
            }
            log.info("Mail to {} written to {}", letter.to(), file);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * The newest letters first, at most {@code limit}, each as its recipient, subject, list headers and
     * plain text (letters written before they were kept whole, as {@code .txt}, as they are).
     */
    List<String> newest(int limit) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")
                            || f.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing((Path f) -> f.toFile().lastModified())
                            .reversed())
                    .limit(limit)
                    .map(FolderPostbox::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".txt")) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return shown(new MimeMessage(SESSION, in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            return file.getFileName() + ": not a letter (" + e.getMessage() + ")";
        }
    }

    /** What the viewer shows of a letter: who it is to, its subject, its list headers and its plain text. */
    private static String shown(MimeMessage letter) throws MessagingException, IOException {
        var shown = new StringBuilder();
        InternetAddress[] to = (InternetAddress[]) letter.getRecipients(Message.RecipientType.TO);
        shown.append("To: ").append(to == null ? "" : to[0].toUnicodeString()).append('\n');
        shown.append("Subject: ").append(letter.getSubject()).append('\n');
        for (var header : Collections.list(letter.getAllHeaders())) {
            if (header.getName().startsWith("List-")) {
                shown.append(header.getName())
                        .append(": ")
                        .append(header.getValue())
                        .append('\n');
            }
        }
        return shown.append('\n').append(text(letter)).append('\n').toString();
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart body = parts.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    return (String) body.getContent();
                }
            }
        }
        return "";
    }
}
