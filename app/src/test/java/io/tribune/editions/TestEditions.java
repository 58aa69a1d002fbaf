package io.tribune.editions;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The editions of a migrated test database, for tests that build their collaborators by hand. */
public final class TestEditions {

    private TestEditions() {}

    /** The editions the migrations seed, English the default. */
    public static Editions of(JdbcClient jdbc) {
        return new Editions(jdbc, new EditionSettings("en", null));
    }
}
