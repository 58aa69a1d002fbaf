package io.tribune.accounts.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.limits.RequestQuotas.Request;
import io.tribune.support.MutableClock;
import io.tribune.support.Postgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The hourly quotas against the databases Tribune runs on, H2 and PostgreSQL: what several nodes
 * see at once is simulated by threads with connections of their own.
 */
class RequestQuotasTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String HOME = "192.0.2.7";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aQuotaAllowsItsRequestsThenRefusesUntilTheHourHasPassed(String database) throws Exception {
        try (Database db = Database.open(database)) {
            MutableClock clock = new MutableClock(NOW);
            RequestQuotas quotas = new RequestQuotas(db.jdbc, clock);
            AccountId reader = new AccountId(42);

            List<Boolean> answers = new ArrayList<>();
            for (int request = 0; request < 5; request++) {
                answers.add(quotas.take(Request.EMAIL_CHANGE, reader, HOME));
            }
            boolean otherAccount = quotas.take(Request.EMAIL_CHANGE, new AccountId(43), HOME);
            boolean otherKind = quotas.take(Request.AVATAR_UPLOAD, reader, HOME);
            clock.now = NOW.plus(Duration.ofMinutes(59));
            boolean withinTheHour = quotas.take(Request.EMAIL_CHANGE, reader, HOME);
            clock.now = NOW.plus(Duration.ofMinutes(61));
            boolean anHourLater = quotas.take(Request.EMAIL_CHANGE, reader, HOME);

            assertThat(answers).containsExactly(true, true, true, false, false);
            assertThat(otherAccount).isTrue();
            assertThat(otherKind).isTrue();
            assertThat(withinTheHour).isFalse();
            assertThat(anHourLater).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oneNetworkAddressIsBoundAcrossAccounts(String database) throws Exception {
        try (Database db = Database.open(database)) {
            RequestQuotas quotas = new RequestQuotas(db.jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

            int granted = 0;
            for (long account = 1; account <= 12; account++) {
                granted += quotas.take(Request.EMAIL_CHANGE, new AccountId(account), HOME) ? 1 : 0;
            }
            boolean elsewhere = quotas.take(Request.EMAIL_CHANGE, new AccountId(13), "2001:db8::1");

            assertThat(granted).isEqualTo(Request.EMAIL_CHANGE.perAddress);
            assertThat(elsewhere).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void nodesAskingAtOnceNeverGetMoreThanTheQuota(String database) throws Exception {
        try (Database db = Database.open(database)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            int nodes = 8;
            int allowed = 3;
            for (int round = 0; round < 3; round++) {
                String subject = "email-change:addr:198.51.100." + round;
                if (round == 2) {
                    // a spent window that every node wants to reopen at once
                    db.jdbc
                            .sql("insert into request_quota (subject, used, window_start) values (?, 99, ?)")
                            .params(subject, Timestamp.from(NOW.minusSeconds(7200)))
                            .update();
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Boolean>> requests = new ArrayList<>();
                for (int node = 0; node < nodes; node++) {
                    JdbcClient connection = db.ownConnection();
                    requests.add(() -> {
                        start.await();
                        return new RequestQuotas(connection, clock).take(subject, allowed);
                    });
                }
                ExecutorService pool = Executors.newFixedThreadPool(nodes);
                try {
                    List<Future<Boolean>> answers =
                            requests.stream().map(pool::submit).toList();
                    start.countDown();
                    int granted = 0;
                    for (Future<Boolean> answer : answers) {
                        granted += answer.get() ? 1 : 0;
                    }
                    assertThat(granted).as("round " + round).isEqualTo(allowed);
                    assertThat(new RequestQuotas(db.jdbc, clock).take(subject, allowed))
                            .as("nothing left over for a later request")
                            .isFalse();
                } finally {
                    pool.shutdownNow();
                    db.closeOwnConnections();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void spentWindowsAreForgottenWithTheirNetworkAddresses(String database) throws Exception {
        try (Database db = Database.open(database)) {
            MutableClock clock = new MutableClock(NOW);
            RequestQuotas quotas = new RequestQuotas(db.jdbc, clock);
            quotas.take(Request.AVATAR_UPLOAD, new AccountId(1), "203.0.113.9");
            clock.now = NOW.plus(Duration.ofMinutes(30));
            quotas.take(Request.AVATAR_UPLOAD, new AccountId(2), "203.0.113.10");
            clock.now = NOW.plus(Duration.ofMinutes(61));

            quotas.forgetSpentWindows();

            assertThat(db.jdbc
                            .sql("select subject from request_quota order by subject")
                            .query(String.class)
                            .list())
                    .containsExactly("avatar:account:2", "avatar:addr:203.0.113.10");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void hostileSubjectsAreCountedAsTextAndCutToTheColumn(String database) throws Exception {
        try (Database db = Database.open(database)) {
            RequestQuotas quotas = new RequestQuotas(db.jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
            String sql = "' or 1=1; drop table request_quota; --";
            String huge = "\uD83D\uDE00<script>".repeat(10_000);

            assertThat(quotas.take(Request.AVATAR_UPLOAD, new AccountId(1), sql))
                    .isTrue();
            assertThat(quotas.take(Request.AVATAR_UPLOAD, new AccountId(2), huge))
                    .isTrue();
            assertThat(quotas.take(Request.AVATAR_UPLOAD, new AccountId(3), huge))
                    .isTrue();

            assertThat(db.jdbc
                            .sql("select used from request_quota where subject like 'avatar:addr:%' order by used")
                            .query(Integer.class)
                            .list())
                    .containsExactly(1, 2);
        }
    }

    /** A fresh database with the quota table made by the real migration; PostgreSQL only where it runs. */
    private static final class Database implements AutoCloseable {

        private final String url;
        private final String user;
        private final String schema;
        private final SingleConnectionDataSource main;
        private final List<SingleConnectionDataSource> own = new ArrayList<>();
        final JdbcClient jdbc;

        private Database(String url, String user, String schema) {
            this.url = url;
            this.user = user;
            this.schema = schema;
            this.main = new SingleConnectionDataSource(url, user, "", true);
            this.jdbc = JdbcClient.create(main);
        }

        static Database open(String kind) throws IOException {
            Database db;
            if (kind.equals("postgresql")) {
                assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
                String schema = Postgres.freshSchema();
                JdbcClient.create(new SimpleDriverDataSource(
                                new org.postgresql.Driver(), Postgres.URL, Postgres.USER, ""))
                        .sql("create schema " + schema)
                        .update();
                db = new Database(Postgres.urlFor(schema), Postgres.USER, schema);
            } else {
                String name = "quotas-" + System.nanoTime();
                db = new Database(
                        "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                        "sa",
                        null);
            }
            String migration;
            try (var in = RequestQuotasTests.class.getResourceAsStream("/db/migration/V15__request_quotas.sql")) {
                migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            db.jdbc.sql(migration.replaceAll("(?m)^--.*$", "")).update();
            return db;
        }

        /** A client on a connection of its own, as another node would have. */
        JdbcClient ownConnection() {
            SingleConnectionDataSource connection = new SingleConnectionDataSource(url, user, "", true);
            synchronized (own) {
                own.add(connection);
            }
            return JdbcClient.create(connection);
        }

        void closeOwnConnections() {
            synchronized (own) {
                own.forEach(SingleConnectionDataSource::destroy);
                own.clear();
            }
        }

        @Override
        public void close() throws Exception {
            closeOwnConnections();
            if (schema != null) {
                main.destroy();
                Postgres.dropSchema(schema);
            } else {
                jdbc.sql("shutdown").update();
                main.destroy();
            }
        }
    }
}
