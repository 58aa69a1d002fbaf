package io.tribune.notifications.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers recorded sends, on every node. Each round claims a batch of due deliveries with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (nodes never take the same rows), marks them with this
 * round's claim and a lease, sends them concurrently on virtual threads, and records each answer only
 * while it still holds the claim. A node that dies mid-batch leaves its rows SENDING; when the lease
 * ends, another node (or this one after a restart) takes them over, so nobody is skipped. A message
 * whose answer was lost with the node is sent again then: the worker shows it under the same tag, so
 * the reader still sees one notification.
 */
@Component
class PushSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * Some deliveries of one send. The id range adds nothing to the list but lets H2 look them up by the
     * primary key; it scans all of a send's rows for "send and id in (...)" alone. A list of (send, id)
     * pairs instead would cost PostgreSQL hundreds of milliseconds of planning for a batch of 500.
     */
    private static final String ROWS = rowsOf("");

    private static String rowsOf(String table) {
        return table + "send_id = :send and " + table + "subscription_id between :lowest and :highest and " + table
                + "subscription_id in (:ids)";
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PushService push;
    private final PushSettings settings;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean isRunning;
    private Thread loop;

    @Autowired
    PushSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            PushService push,
            PushSettings settings,
            Clock clock) {
        this(jdbc, new TransactionTemplate(transactions), push, settings, clock);
    }

    PushSender(JdbcClient jdbc, TransactionTemplate transaction, PushService push, PushSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.push = push;
        this.settings = settings;
        this.clock = clock;
    }

    /** A delivery as claimed: where it goes and what it says. */
    record Claimed(
            long send,
            long subscription,
            int attempts,
            String endpoint,
            String p256dh,
            String auth,
            String payload,
            String urgency,
            String topic) {}

    private record Answered(Claimed delivery, PushAnswer answer) {}

    /** Deliveries of one send that the push service took with the same status, recorded together. */
    private record Delivered(long send, int status) {}

    /** Says that a send was recorded: the loop looks at once instead of at its next poll. */
    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        isRunning = true;
        loop = Thread.ofPlatform().daemon().name("push-sender").start(this::run);
    }

    @Override
    public void stop() {
        isRunning = false;
        wakeUp.release();
        if (loop != null) {
            try {
                loop.join(settings.requestTimeout()
                                .plus(settings.connectTimeout())
                                .toMillis()
                        + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.sending();
    }

    @Override
    public boolean isRunning() {
        return isRunning;
    }

    private void run() {
        while (isRunning) {
            try {
                int sent = round();
                if (sent == 0) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Web push: a round of sending failed, trying again shortly", e);
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims one batch, sends it and records the answers; how many deliveries it handled. */
    int round() {
        String claim = UUID.randomUUID().toString();
        List<Claimed> batch = claim(claim);
        if (batch.isEmpty()) {
            return 0;
        }
        Queue<Answered> answers = new ConcurrentLinkedQueue<>();
        Semaphore open = new Semaphore(settings.concurrency());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Claimed delivery : batch) {
                open.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        answers.add(new Answered(delivery, send(delivery)));
                    } finally {
                        open.release();
                    }
                });
            }
        }
        try {
            transaction.executeWithoutResult(status -> record(claim, answers));
        } catch (RuntimeException e) {
            log.warn("Web push: the answers of a round could not be recorded; the lease will hand them on", e);
        }
        finishSends();
        return batch.size();
    }

    /** Takes due deliveries for this round: new ones and those whose node's lease ran out. */
    List<Claimed> claim(String claim) {
        Instant now = clock.instant();
        OffsetDateTime until = now.plus(settings.lease()).atOffset(ZoneOffset.UTC);
        return transaction.execute(status -> {
            List<long[]> due = jdbc.sql("select send_id, subscription_id from push_delivery"
                            + " where (state = 'PENDING' and next_attempt_at <= :now)"
                            + " or (state = 'SENDING' and claimed_until < :now)"
                            + " order by next_attempt_at, send_id, subscription_id"
                            + " fetch first " + settings.batchSize() + " rows only for update skip locked")
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)})
                    .list();
            if (due.isEmpty()) {
                return List.of();
            }
            // the rows are locked by this transaction already; one statement per send, naming the rows
            // by id and by their id range, so that H2 as well as PostgreSQL finds them by the primary key
            Map<Long, List<Long>> bySend = new TreeMap<>();
            for (long[] key : due) {
                bySend.computeIfAbsent(key[0], k -> new ArrayList<>()).add(key[1]);
            }
            bySend.forEach((send, ids) -> jdbc.sql("update push_delivery set state = 'SENDING', claim = :claim,"
                            + " claimed_until = :until, attempts = attempts + 1 where " + ROWS)
                    .param("claim", claim)
                    .param("until", until)
                    .params(rows(send, ids))
                    .update());
            jdbc.sql("update push_send set started_at = :now where started_at is null and id in (:sends)")
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("sends", List.copyOf(bySend.keySet()))
                    .update();
            List<Claimed> claimed = new ArrayList<>();
            bySend.forEach((send, ids) -> claimed.addAll(
                    jdbc.sql("select d.send_id, d.subscription_id, d.attempts, s.endpoint, s.p256dh, s.auth,"
                                    + " p.payload, p.urgency, p.topic from push_delivery d"
                                    + " join push_send p on p.id = d.send_id"
                                    + " left join push_subscription s on s.id = d.subscription_id"
                                    + " where " + rowsOf("d."))
                            .params(rows(send, ids))
                            .query((row, n) -> new Claimed(
                                    row.getLong(1),
                                    row.getLong(2),
                                    row.getInt(3),
                                    row.getString(4),
                                    row.getString(5),
                                    row.getString(6),
                                    row.getString(7),
                                    row.getString(8),
                                    row.getString(9)))
                            .list()));
            return claimed;
        });
    }

    private PushAnswer send(Claimed delivery) {
        if (delivery.endpoint() == null) {
            // unsubscribed (or removed) since the send was recorded
            return new PushAnswer(PushAnswer.Verdict.GONE, 0, null);
        }
        try {
            var browserKey = P256.fromBase64url(delivery.p256dh()).flatMap(P256::decode);
            var auth = P256.fromBase64url(delivery.auth());
            if (browserKey.isEmpty() || auth.isEmpty()) {
                return new PushAnswer(PushAnswer.Verdict.FAILED, 0, null);
            }
            return push.send(new PushMessage(
                    URI.create(delivery.endpoint()),
                    browserKey.get(),
                    auth.get(),
                    delivery.payload().getBytes(StandardCharsets.UTF_8),
                    settings.timeToLive(),
                    Urgency.valueOf(delivery.urgency()),
                    delivery.topic()));
        } catch (RuntimeException e) {
            log.warn("Web push: a message could not be sent", e);
            return new PushAnswer(PushAnswer.Verdict.FAILED, 0, null);
        }
    }

    /**
     * Writes a round's answers (inside the round's transaction): the many plain deliveries with one
     * statement per send and status, every other answer on its own.
     */
    private void record(String claim, Queue<Answered> answers) {
        Map<Delivered, List<Long>> delivered = new HashMap<>();
        for (Answered answered : answers) {
            if (answered.answer().verdict() == PushAnswer.Verdict.DELIVERED) {
                delivered
                        .computeIfAbsent(
                                new Delivered(
                                        answered.delivery().send(),
                                        answered.answer().status()),
                                k -> new ArrayList<>())
                        .add(answered.delivery().subscription());
            } else {
                record(claim, answered.delivery(), answered.answer());
            }
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        delivered.forEach((outcome, subscriptions) -> jdbc.sql(
                        "update push_delivery set state = 'DELIVERED', status = :status, claim = null,"
                                + " claimed_until = null, next_attempt_at = :next"
                                + " where " + ROWS + " and claim = :claim")
                .param("status", outcome.status())
                .param("next", now)
                .params(rows(outcome.send(), subscriptions))
                .param("claim", claim)
                .update());
    }

    /** Writes the answer, if this round still holds the delivery (inside the round's transaction). */
    private void record(String claim, Claimed delivery, PushAnswer answer) {
        Instant now = clock.instant();
        String state;
        Instant next = now;
        switch (answer.verdict()) {
            case DELIVERED -> state = "DELIVERED";
            case GONE -> state = "REMOVED";
            case FAILED -> state = "FAILED";
            case RETRY -> {
                if (delivery.attempts() >= settings.maxAttempts()) {
                    state = "FAILED";
                } else {
                    state = "PENDING";
                    next = now.plus(wait(delivery.attempts(), answer.retryAfter()));
                }
            }
            default -> throw new IllegalStateException();
        }
        int recorded = jdbc.sql("update push_delivery set state = :state, status = :status, claim = null,"
                        + " claimed_until = null, next_attempt_at = :next"
                        + " where send_id = :send and subscription_id = :subscription and claim = :claim")
                .param("state", state)
                .param("status", answer.status())
                .param("next", next.atOffset(ZoneOffset.UTC))
                .param("send", delivery.send())
                .param("subscription", delivery.subscription())
                .param("claim", claim)
                .update();
        if (recorded == 1 && answer.verdict() == PushAnswer.Verdict.GONE) {
            jdbc.sql("delete from push_subscription where id = :id")
                    .param("id", delivery.subscription())
                    .update();
        }
    }

    private static Map<String, Object> rows(long send, List<Long> ids) {
        return Map.of("send", send, "lowest", Collections.min(ids), "highest", Collections.max(ids), "ids", ids);
    }

    /** Back-off: the base wait doubled per attempt, or longer when the push service asked (Retry-After). */
    Duration wait(int attempts, Duration retryAfter) {
        Duration backoff = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 16));
        Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void finishSends() {
        jdbc.sql("update push_send set finished_at = :now where finished_at is null and started_at is not null"
                        + " and not exists (select 1 from push_delivery d where d.send_id = push_send.id"
                        + " and d.state in ('PENDING', 'SENDING'))")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
