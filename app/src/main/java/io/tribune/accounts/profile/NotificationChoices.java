package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.NotificationTopic;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored notification choices. Every topic is written on each save, so a later change of a
 * topic's default never flips what a reader once chose; topics never chosen follow the default.
 */
@Repository
public class NotificationChoices {

    private static final String EMAIL = "EMAIL";

    private final JdbcClient jdbc;

    NotificationChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotificationPreferences of(AccountId id) {
        Set<NotificationTopic> byEmail = EnumSet.noneOf(NotificationTopic.class);
        byEmail.addAll(NotificationPreferences.defaults().byEmail());
        for (var row : jdbc.sql("select topic, enabled from account_notification where account_id = ? and channel = ?")
                .params(id.value(), EMAIL)
                .query((rs, n) -> new Row(rs.getString("topic"), rs.getBoolean("enabled")))
                .list()) {
            topic(row.topic()).ifPresent(topic -> {
                if (row.isEnabled()) {
                    byEmail.add(topic);
                } else {
                    byEmail.remove(topic);
                }
            });
        }
        return new NotificationPreferences(byEmail);
    }

    @Transactional
    public void choose(AccountId id, NotificationPreferences preferences) {
        jdbc.sql("delete from account_notification where account_id = ? and channel = ?")
                .params(id.value(), EMAIL)
                .update();
        for (NotificationTopic topic : NotificationTopic.values()) {
            jdbc.sql("insert into account_notification (account_id, topic, channel, enabled) values (?, ?, ?, ?)")
                    .params(id.value(), topic.name(), EMAIL, preferences.wantsEmail(topic))
                    .update();
        }
    }

    /**
     * Turns email about one topic off and keeps the rest as they were; doing it twice changes nothing
     * more. Locks the account's rows, so that a save on the profile page at the same moment does not
     * bring the topic back half-way.
     */
    @Transactional
    public void stopEmails(AccountId id, NotificationTopic topic) {
        jdbc.sql("select id from account where id = ? for update")
                .params(id.value())
                .query(Long.class)
                .optional();
        choose(id, of(id).withoutEmail(topic));
    }

    /** A topic stored by an older version may be gone from the enum; such rows are ignored. */
    private static Optional<NotificationTopic> topic(String name) {
        try {
            return Optional.of(NotificationTopic.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Row(String topic, boolean isEnabled) {}
}
