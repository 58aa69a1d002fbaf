package io.tribune.editions;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editions of a migrated test database, for tests that build their collaborators by hand. */
public final class TestEditions {

    private TestEditions() {}

    /** The editions the migrations seed, English the default. */
    public static Editions of(JdbcClient jdbc) {
        EditionSettings settings = new EditionSettings("en", null);
        return new Editions(jdbc, settings, new ListenLiveStreams(jdbc, settings, event -> {}, Clock.systemUTC()));
    }
}
