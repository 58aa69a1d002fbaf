package io.tribune.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server tests run against: 127.0.0.1:5432, database {@code test}, user {@code postgres}
 * (overridable with TRIBUNE_TEST_PG_URL / _USER). CI starts it; elsewhere tests that need it are skipped.
 */
public final class Postgres {

    public static final String URL = env("TRIBUNE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("TRIBUNE_TEST_PG_USER", "postgres");

    private Postgres() {}

    public static boolean isAvailable() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A fresh schema name for one test class, so runs never see each other's rows. */
    public static String freshSchema() {
        return "t_" + Long.toString(System.nanoTime(), 36);
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
