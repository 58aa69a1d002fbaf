package io.tribune.notifications.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notification letters that are due, on every node: each round claims readers' due rows (a
 * row one node claimed is not another's until the claim's lease runs out), writes one letter per reader
 * and kind, and records it sent. A node that dies between sending and recording leaves its rows to be
 * sent again after the lease: a reader may then, rarely, get a letter twice; never a reply in two
 * letters otherwise.
 */
@Component
class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    private static final int BATCH = 50;

    private final EmailQueue queue;
    private final NotificationLetters letters;
    private final EmailNotificationSettings settings;
    private final Clock clock;

    EmailSender(EmailQueue queue, NotificationLetters letters, EmailNotificationSettings settings, Clock clock) {
        this.queue = queue;
        this.letters = letters;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tribune.mail.poll-interval:PT15S}", initialDelayString = "PT10S")
    void poll() {
        if (!settings.delivery().sending()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Email: a round of notification letters failed; the next round tries again", e);
        }
    }

    /** Sends every letter due now; the number of letters sent. */
    int sendDue() {
        int sent = 0;
        List<EmailQueue.Claimed> round;
        int rounds = 0;
        do {
            Instant now = clock.instant();
            round = queue.claimDue(now, settings.delivery().lease(), BATCH);
            for (EmailQueue.Claimed claimed : round) {
                NotificationLetters.Outcome outcome = letters.send(claimed);
                if (outcome == NotificationLetters.Outcome.FAILED) {
                    queue.release(claimed);
                } else if (queue.finish(claimed, outcome.name(), clock.instant())
                        && outcome == NotificationLetters.Outcome.SENT) {
                    sent++;
                }
            }
            rounds++;
        } while (round.size() == BATCH && rounds < 100);
        return sent;
    }
}
