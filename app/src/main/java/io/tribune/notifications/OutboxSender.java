package io.tribune.notifications;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox's letters on every node, the way the notification mail queue's sender does: each
 * round claims due letters (a letter one node claimed is not another's until the claim's lease runs
 * out), hands each to the postbox and records it sent. A letter the mail server did not take is tried
 * again after {@code tribune.mail.outbox.retry-after}, doubled at each attempt, up to {@code
 * max-attempts}. Besides the
 * rounds, a node tries at once after the commit of a transaction that queued a letter, so that a reader
 * is not kept waiting for the next round. A node that dies between sending and recording leaves its
 * letter to be sent again after the lease: rarely twice, never lost.
 */
@Component
class OutboxSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final Duration KEPT = Duration.ofDays(7);

    private final Outbox outbox;
    private final Postbox postbox;
    private final OutboxSettings settings;
    private final Clock clock;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("letter-outbox").factory());
    private final AtomicBoolean asked = new AtomicBoolean();

    OutboxSender(Outbox outbox, Postbox postbox, OutboxSettings settings, Clock clock) {
        this.outbox = outbox;
        this.postbox = postbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tribune.mail.outbox.poll-interval:PT15S}", initialDelayString = "PT10S")
    void poll() {
        if (!settings.delivery().sending()) {
            return;
        }
        try {
            sendDue();
            outbox.forgetDone(clock.instant().minus(KEPT));
        } catch (RuntimeException e) {
            log.warn("Mail: a round of owed letters failed; the next round tries again", e);
        }
    }

    /** Sends the outbox's due letters once the current transaction commits (at once without one). */
    void afterCommit() {
        if (!settings.delivery().sending()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ask();
                }
            });
        } else {
            ask();
        }
    }

    private void ask() {
        if (asked.compareAndSet(false, true)) {
            soon.execute(() -> {
                asked.set(false);
                poll();
            });
        }
    }

    /** Sends every letter due now; the number of letters sent. */
    int sendDue() {
        int sent = 0;
        Outbox.Claimed round;
        int rounds = 0;
        do {
            round = outbox.claimDue(clock.instant(), settings.delivery().lease(), BATCH);
            for (Outbox.Waiting letter : round.letters()) {
                if (send(round, letter)) {
                    sent++;
                }
            }
            rounds++;
        } while (round.letters().size() == BATCH && rounds < 100);
        return sent;
    }

    private boolean send(Outbox.Claimed round, Outbox.Waiting letter) {
        try {
            postbox.send(letter.letter());
        } catch (MailException | UncheckedIOException e) {
            int attempts = letter.attempts() + 1;
            if (attempts >= settings.maxAttempts()) {
                log.error("Mail: gave up on an owed letter after {} attempts: {}", attempts, e.getMessage());
                outbox.giveUp(round, letter, clock.instant());
            } else {
                log.warn(
                        "Mail: an owed letter could not be sent (attempt {}), tried again later: {}",
                        attempts,
                        e.getMessage());
                outbox.retryAt(round, letter, clock.instant().plus(backoff(attempts)));
            }
            return false;
        }
        return outbox.sent(round, letter, clock.instant());
    }

    /** {@code retry-after} after the first failed attempt, doubled after each further one. */
    private Duration backoff(int attempts) {
        return settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    @Override
    public void destroy() {
        soon.shutdown();
    }
}
