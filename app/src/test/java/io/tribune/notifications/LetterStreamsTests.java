package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a letter does not look Jakarta Mail's stream provider up on the class path: a {@link
 * java.util.ServiceLoader} scan for each body part was a seventh of a comment post's processor time.
 */
class LetterStreamsTests {

    private static final Letter LETTER = new Letter(
            "reader@example.org",
            "Réponse à votre commentaire",
            "Une réponse : https://x.test/fr/comments/7",
            "<p>Une réponse : <a href=\"https://x.test/fr/comments/7\">lire</a></p>",
            Map.of("List-Unsubscribe", "<https://x.test/fr/unsubscribe/1.REPLIES.abc>"));

    @TempDir
    Path folder;

    @Test
    void aLetterInTextAndHtmlIsWrittenWithoutScanningTheClassPathForItsStreams() throws Exception {
        var postbox = new FolderPostbox(folder, "Tribune <no-reply@localhost>", Clock.systemUTC());
        var scans = new ScanCountingLoader(Thread.currentThread().getContextClassLoader());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(scans);
        try {
            postbox.send(LETTER);
            postbox.send(LETTER);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        assertThat(scans.scans).hasValue(0);
        try (var written = Files.list(folder)) {
            assertThat(written).hasSize(2);
        }
    }

    /** Counts the class path scans for the stream provider made through it (ServiceLoader's, by resource). */
    private static final class ScanCountingLoader extends ClassLoader {

        private final AtomicInteger scans = new AtomicInteger();

        ScanCountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals("META-INF/services/" + StreamProvider.class.getName())) {
                scans.incrementAndGet();
            }
            return super.getResources(name);
        }
    }
}
