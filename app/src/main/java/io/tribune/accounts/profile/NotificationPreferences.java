package io.tribune.accounts.profile;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a reader wants to be told about, per channel, chosen on the profile page and stored by
 * {@link NotificationChoices}; email is the only channel so far, web push will add its own set
 * beside {@code byEmail}.
 *
 * @param byEmail the topics the reader wants emails about
 */
public record NotificationPreferences(Set<NotificationTopic> byEmail) {

    public NotificationPreferences {
        byEmail = Collections.unmodifiableSet(copy(byEmail));
    }

    /** What an account starts with: replies and decisions on, newsletter and breaking news off. */
    public static NotificationPreferences defaults() {
        EnumSet<NotificationTopic> byEmail = EnumSet.noneOf(NotificationTopic.class);
        Arrays.stream(NotificationTopic.values())
                .filter(NotificationTopic::isOnByDefault)
                .forEach(byEmail::add);
        return new NotificationPreferences(byEmail);
    }

    public boolean wantsEmail(NotificationTopic topic) {
        return byEmail.contains(topic);
    }

    private static EnumSet<NotificationTopic> copy(Collection<NotificationTopic> topics) {
        EnumSet<NotificationTopic> set = EnumSet.noneOf(NotificationTopic.class);
        set.addAll(topics);
        return set;
    }
}
