package io.tribune.notifications.push;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test ({@code bench/push-throughput.sh}): one breaking-news send to N subscribers
 * (100,000 by default) through the real sender — claims, aes128gcm encryption, VAPID signing, HTTP —
 * to a push service on 127.0.0.1 that answers 201, on an H2 database made by the real migrations.
 * Prints messages per second and the peak heap used during the send.
 */
public final class PushThroughput {

    private PushThroughput() {}

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        AtomicLong received = new AtomicLong();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        service.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        service.createContext("/push/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        service.start();
        String endpoint = "http://127.0.0.1:" + service.getAddress().getPort() + "/push/";

        try (var data = new HikariDataSource()) {
            data.setJdbcUrl("jdbc:h2:mem:push-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            data.setUsername("sa");
            data.setMaximumPoolSize(concurrency + 4);
            Flyway.configure()
                    .dataSource(data)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(data);
            var transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
            String browserKey =
                    P256.base64url(P256.encode((ECPublicKey) P256.generate().getPublic()));
            String auth = P256.base64url(new byte[16]);
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < subscribers; i++) {
                    jdbc.sql("insert into push_subscription (edition, endpoint, p256dh, auth, created_at)"
                                    + " values ('en', :endpoint, :key, :auth, current_timestamp)")
                            .param("endpoint", endpoint + i)
                            .param("key", browserKey)
                            .param("auth", auth)
                            .update();
                }
                jdbc.sql("insert into push_topic (subscription_id, topic) select id, 'breaking' from push_subscription")
                        .update();
            });
            KeyPair pair = P256.generate();
            var keys = new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
            var base = PushTestSettings.local(batch);
            var settings = new PushSettings(
                    "",
                    null,
                    true,
                    base.timeToLive(),
                    base.connectTimeout(),
                    base.requestTimeout(),
                    batch,
                    concurrency,
                    base.maxAttempts(),
                    base.backoff(),
                    base.lease(),
                    base.pollInterval(),
                    false);
            try (var push = new PushService(
                    keys, "mailto:bench@localhost", settings, new EndpointGuard(true), Clock.systemUTC())) {
                var sender = new PushSender(jdbc, transaction, push, settings, Clock.systemUTC());
                var notification = new Notification(
                        "Breaking: a benchmark headline of ordinary length for a news site",
                        "A lead of two sentences, as the newsroom writes them. It says what happened and why it matters.",
                        "/s/abcde",
                        "/media/1/480.jpg",
                        "article-1",
                        "en",
                        "ltr");
                jdbc.sql(
                                "insert into push_send (edition, kind, title, payload, urgency, topic, created_at)"
                                        + " values ('en', 'ARTICLE', 'bench', :payload, 'HIGH', 'article-1', current_timestamp)")
                        .param("payload", notification.payload())
                        .update();
                jdbc.sql("insert into push_delivery (send_id, subscription_id, state, attempts, next_attempt_at)"
                                + " select (select max(id) from push_send), id, 'PENDING', 0, current_timestamp"
                                + " from push_subscription")
                        .update();
                System.gc();
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    pool.resetPeakUsage();
                }
                long before = heapUsed();
                long cpuBefore = processCpuNanos();
                long start = System.nanoTime();
                while (sender.round() > 0) {
                    // until every delivery is answered
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
                long peak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                long delivered = jdbc.sql("select count(*) from push_delivery where state = 'DELIVERED'")
                        .query(Long.class)
                        .single();
                System.out.printf(
                        "subscribers=%d batch=%d concurrency=%d delivered=%d received=%d seconds=%.1f"
                                + " messages_per_second=%.0f cpu_ms_per_message=%.3f heap_before_mb=%d heap_peak_mb=%d"
                                + " max_heap_mb=%d%n",
                        subscribers,
                        batch,
                        concurrency,
                        delivered,
                        received.get(),
                        seconds,
                        delivered / seconds,
                        cpuMillis / Math.max(1, delivered),
                        before >> 20,
                        peak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        } finally {
            service.stop(0);
        }
    }

    /**
     * CPU time of the whole process (sender, database and the local push service together), which
     * other work on a shared machine does not inflate the way it inflates wall time.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
