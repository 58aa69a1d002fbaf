package io.tribune.notifications.email;

import io.tribune.notifications.Delivery;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * What an operator sets for notification mail ({@code tribune.mail.*}), read here only.
 *
 * @param unsubscribeSecret the key unsubscribe links are signed with ({@code TRIBUNE_MAIL_UNSUBSCRIBE_SECRET},
 *     at least 32 characters); blank: a random key created at first start and kept in the database.
 *     Changing it makes every unsubscribe link already mailed invalid
 * @param replyWindow the least time between two reply letters to one reader; replies in between are
 *     gathered into one letter sent when the window closes
 * @param delivery {@code sending}, {@code poll-interval} and {@code lease} of the notification letters,
 *     named as for the owed letters' outbox ({@code tribune.mail.outbox.*})
 */
@ConfigurationProperties("tribune.mail")
record EmailNotificationSettings(
        @DefaultValue("") String unsubscribeSecret,
        @DefaultValue("PT1H") Duration replyWindow,
        @Name("") @DefaultValue Delivery delivery) {

    EmailNotificationSettings {
        if (!unsubscribeSecret.isBlank() && unsubscribeSecret.strip().length() < 32) {
            throw new IllegalArgumentException("TRIBUNE_MAIL_UNSUBSCRIBE_SECRET (tribune.mail.unsubscribe-secret)"
                    + " must be at least 32 characters, or unset to let the site keep a random key");
        }
    }
}
