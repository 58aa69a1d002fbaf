package io.tribune.accounts.profile;

import io.tribune.accounts.NotificationTopic;
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

    /**
     * What an account starts with: no email at all. Mail about replies or decisions is sent only to a
     * reader who ticked the topic (opt-in consent); choices stored before stay as they were stored.
     */
    public static NotificationPreferences defaults() {
        return new NotificationPreferences(EnumSet.noneOf(NotificationTopic.class));
    }

    /** These choices without email about {@code topic}. */
    public NotificationPreferences withoutEmail(NotificationTopic topic) {
        EnumSet<NotificationTopic> rest = copy(byEmail);
        rest.remove(topic);
        return new NotificationPreferences(rest);
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
