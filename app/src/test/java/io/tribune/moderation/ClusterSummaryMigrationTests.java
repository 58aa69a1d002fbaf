package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.support.Postgres;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V49 back-fills a summary row for every cluster filed before it: a database at V48 with clusters whose
 * members are held, decided or held under another rule, migrated to V49, gets each cluster's held count,
 * accounts and newest held member right, and a cluster with none held left out of the queue.
 */
class ClusterSummaryMigrationTests {

    /** A cluster's summary row as V49 writes it. */
    record Summary(long cluster, String edition, String rule, int held, int accounts, long newest) {}

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void clustersFiledBeforeV49GetTheirSummaryRows(String kind) throws SQLException {
        String schema = null;
        String url;
        String user;
        if (kind.equals("postgresql")) {
            assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
            schema = Postgres.freshSchema();
            url = Postgres.urlFor(schema);
            user = Postgres.USER;
        } else {
            url = "jdbc:h2:mem:v49-" + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        var connection = new SingleConnectionDataSource(url, user, "", true);
        try {
            var flyway = Flyway.configure().dataSource(connection).locations("classpath:db/migration");
            if (schema != null) {
                flyway.schemas(schema);
            }
            flyway.target("48").load().migrate();
            JdbcClient jdbc = JdbcClient.create(connection);
            // cluster 'a' in English: three held flash-mob members by two accounts, one rejected (the newest),
            // one held under another rule after an edit
            long a1 = comment(jdbc, "en", 7, "HELD", "flash_mob");
            long a2 = comment(jdbc, "en", 7, "HELD", "flash_mob");
            long a3 = comment(jdbc, "en", 8, "HELD", "flash_mob");
            long a4 = comment(jdbc, "en", 9, "HELD", "profanity");
            long a5 = comment(jdbc, "en", 9, "REJECTED", "flash_mob");
            // cluster 'b' in Russian: every member decided
            long b1 = comment(jdbc, "ru", 10, "PUBLISHED", "flash_mob");
            long b2 = comment(jdbc, "ru", 11, "REJECTED", "flash_mob");
            for (long member : List.of(a1, a2, a3, a4, a5)) {
                file(jdbc, member, a1, "en");
            }
            for (long member : List.of(b1, b2)) {
                file(jdbc, member, b1, "ru");
            }

            Flyway.configure()
                    .dataSource(connection)
                    .locations("classpath:db/migration")
                    .schemas(schema == null ? new String[0] : new String[] {schema})
                    .target("49")
                    .load()
                    .migrate();

            List<Summary> rows = jdbc.sql(
                            "select cluster_id, edition, rule, held, accounts, newest from comment_cluster"
                                    + " order by cluster_id")
                    .query((rs, n) -> new Summary(
                            rs.getLong("cluster_id"),
                            rs.getString("edition"),
                            rs.getString("rule"),
                            rs.getInt("held"),
                            rs.getInt("accounts"),
                            rs.getLong("newest")))
                    .list();
            assertThat(rows)
                    .containsExactly(
                            new Summary(a1, "en", "flash_mob", 3, 2, a3), new Summary(b1, "ru", "flash_mob", 0, 0, 0));
            // what the clusters tab reads: only the cluster with held members
            assertThat(jdbc.sql("select cluster_id from comment_cluster where edition = 'en' and rule = 'flash_mob'"
                                    + " and newest > 0")
                            .query(Long.class)
                            .list())
                    .containsExactly(a1);
        } finally {
            connection.destroy();
            if (schema != null) {
                Postgres.dropSchema(schema);
            }
        }
    }

    private static long comment(JdbcClient jdbc, String edition, long author, String status, String rule) {
        jdbc.sql("""
                        insert into comment (article_id, edition, author_id, body, status, rule, decision,
                          policy_version, submit_key, created_at)
                        values (1, :edition, :author, 'Write to the editor now', :status, :rule, '{}', 'v48',
                          :key, current_timestamp)""")
                .param("edition", edition)
                .param("author", author)
                .param("status", status)
                .param("rule", rule)
                .param("key", "v48-" + System.nanoTime())
                .update();
        return jdbc.sql("select max(id) from comment").query(Long.class).single();
    }

    private static void file(JdbcClient jdbc, long comment, long cluster, String edition) {
        jdbc.sql("insert into comment_cluster_member (comment_id, cluster_id, edition) values (:c, :k, :e)")
                .param("c", comment)
                .param("k", cluster)
                .param("e", edition)
                .update();
    }
}
