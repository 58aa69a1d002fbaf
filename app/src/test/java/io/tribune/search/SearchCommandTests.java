package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code tribune reindex}: the whole application without its web server, once, against a real database. */
class SearchCommandTests {

    @Test
    void reindexRebuildsEveryEditionFromTheDatabaseWithoutAWebServer() throws IOException {
        Path root = Path.of("target/test-search/command-" + UUID.randomUUID());

        int status = SearchCommand.reindex(TribuneApplication.class, arguments(root, true));

        assertThat(status).isZero();
        LuceneIndex index = new LuceneIndex(
                List.of(LuceneIndexTests.edition("en", "en"), LuceneIndexTests.edition("ar", "ar")),
                root,
                Clock.systemUTC());
        try {
            assertThat(index.wasMissing("en")).isFalse();
            assertThat(index.size("en")).isPositive();
            assertThat(index.size("ar")).isPositive();
        } finally {
            index.destroy();
        }
    }

    @Test
    void reindexWhileAnotherProcessHoldsTheIndexFailsWithAMessage() throws IOException {
        Path root = Path.of("target/test-search/command-" + UUID.randomUUID());
        LuceneIndex running = new LuceneIndex(List.of(LuceneIndexTests.edition("en", "en")), root, Clock.systemUTC());
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(SearchCommand.reindex(TribuneApplication.class, arguments(root, true)))
                    .isEqualTo(1);
        } finally {
            System.setErr(err);
            running.destroy();
        }
        assertThat(said.toString(StandardCharsets.UTF_8))
                .contains("The search index is in use by a running Tribune: stop it, then reindex.");
    }

    private static String[] arguments(Path root, boolean isDemo) {
        return new String[] {
            "--spring.datasource.url=jdbc:h2:mem:reindex-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "--tribune.search.root=" + root,
            "--tribune.demo.enabled=" + isDemo,
            "--tribune.media.root=target/test-media"
        };
    }
}
