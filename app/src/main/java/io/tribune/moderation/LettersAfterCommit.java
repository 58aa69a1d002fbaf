package io.tribune.moderation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the module's letters once the decision they tell of is committed, on a thread of its own: a
 * rolled-back decision mails nobody, and neither the reader whose comment was just rejected nor the
 * moderator waits for the mail server. Not durable: a node that stops between the commit and the
 * send loses the letter, though not the statement. Why these letters do not use the notifications'
 * durable email queue, and the outbox that would make them durable, is in {@code
 * docs/architecture.md}.
 */
@Component
class LettersAfterCommit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LettersAfterCommit.class);

    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("moderation-letters").factory());

    void send(Runnable letter) {
        Runnable guarded = () -> {
            try {
                letter.run();
            } catch (RuntimeException e) {
                log.warn("a moderation letter could not be sent", e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.execute(guarded);
                }
            });
        } else {
            sender.execute(guarded);
        }
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
