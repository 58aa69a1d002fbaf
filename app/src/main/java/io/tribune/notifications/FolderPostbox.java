package io.tribune.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The postbox without an SMTP server: letters are written as text files to a folder (data/mail by
 * default). In the demo they are listed on a local page ({@link MailViewer}), so the links in them
 * can be followed.
 */
class FolderPostbox implements Postbox {

    private static final Logger log = LoggerFactory.getLogger(FolderPostbox.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    FolderPostbox(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public void send(Letter letter) {
        String name = NAME.format(clock.instant()) + "-" + sequence.incrementAndGet() + ".txt";
        var head = new StringBuilder("To: " + letter.to() + "\nSubject: " + letter.subject() + "\n");
        letter.headers()
                .forEach((header, value) ->
                        head.append(header).append(": ").append(value).append('\n'));
        String text = head + "\n" + letter.body() + "\n";
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
            log.info("Mail to {} written to {}", letter.to(), folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /** The newest letters first, at most {@code limit}. */
    List<String> newest(int limit) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
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
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
