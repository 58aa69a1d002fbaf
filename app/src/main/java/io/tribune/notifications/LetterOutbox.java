package io.tribune.notifications;

import io.tribune.editions.Edition;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The letters the site owes a reader whatever they chose to be emailed about (statements of reasons,
 * answers to unlock requests), made durable: written now, in the edition's language, and queued in the
 * caller's transaction, so that the decision they tell of and its letter are committed together or not
 * at all. {@link OutboxSender} sends them, from any node, until the mail server takes them.
 */
@Component
public class LetterOutbox {

    private final Letters letters;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;

    LetterOutbox(Letters letters, Outbox outbox, OutboxSender sender, Clock clock) {
        this.letters = letters;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Queues the letter whose subject and body are the messages {@code key}.subject and {@code key}.body
     * (the body filled with {@code args}), as plain text and HTML.
     */
    public void queue(String to, Edition edition, String key, Object... args) {
        outbox.add(letters.written(to, edition, key, args), edition.code(), edition.languageTag(), clock.instant());
        sender.afterCommit();
    }
}
