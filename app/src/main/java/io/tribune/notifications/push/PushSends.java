package io.tribune.notifications.push;

import io.tribune.editions.Edition;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a send and every one of its recipients in one transaction (the caller's, when there is one),
 * and wakes the sender once it is committed. Nothing is sent here: {@link PushSender} delivers what is
 * recorded, on every node, so a send outlives a restart.
 */
@Component
class PushSends {

    enum Kind {
        ARTICLE,
        REPLY
    }

    private final JdbcClient jdbc;
    private final PushSender sender;
    private final Clock clock;

    PushSends(JdbcClient jdbc, PushSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
    }

    /** Whether a send about the article was recorded already (an update is announced as a publication again). */
    public boolean sentAbout(Kind kind, long articleId) {
        return jdbc.sql("select count(*) from push_send where kind = ? and article_id = ?")
                        .param(kind.name())
                        .param(articleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A send to every subscription of the edition that wants any of the topics; its recipients' count. */
    @Transactional
    public int toTopics(
            Edition edition,
            Kind kind,
            Long articleId,
            Notification notification,
            Urgency urgency,
            String topic,
            Collection<Topic> topics) {
        long send = record(edition, kind, articleId, notification, urgency, topic);
        int recipients = jdbc.sql(
                        "insert into push_delivery (send_id, subscription_id, state, attempts, next_attempt_at)"
                                + " select distinct :send, s.id, 'PENDING', 0, :now from push_subscription s"
                                + " join push_topic t on t.subscription_id = s.id"
                                + " where s.edition = :edition and t.topic in (:topics)")
                .param("send", send)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("edition", edition.code())
                .param("topics", topics.stream().map(Topic::name).toList())
                .update();
        return finish(send, recipients);
    }

    /** A send to the subscriptions of one reader in the edition that want the topic. */
    @Transactional
    public int toReader(
            Edition edition, long accountId, Notification notification, Urgency urgency, String topic, Topic wanted) {
        long send = record(edition, Kind.REPLY, null, notification, urgency, topic);
        int recipients = jdbc.sql(
                        "insert into push_delivery (send_id, subscription_id, state, attempts, next_attempt_at)"
                                + " select :send, s.id, 'PENDING', 0, :now from push_subscription s"
                                + " join push_topic t on t.subscription_id = s.id"
                                + " where s.edition = :edition and s.account_id = :account and t.topic = :topic")
                .param("send", send)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("edition", edition.code())
                .param("account", accountId)
                .param("topic", wanted.name())
                .update();
        return finish(send, recipients);
    }

    private long record(
            Edition edition, Kind kind, Long articleId, Notification notification, Urgency urgency, String topic) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into push_send (edition, kind, article_id, title, payload, urgency, topic, created_at)"
                        + " values (:edition, :kind, :article, :title, :payload, :urgency, :topic, :now)")
                .param("edition", edition.code())
                .param("kind", kind.name())
                .param("article", articleId)
                .param("title", truncated(notification.title()))
                .param("payload", notification.payload())
                .param("urgency", urgency.name())
                .param("topic", topic)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A send nobody wants is not kept; one that is wakes the sender after the commit. */
    private int finish(long send, int recipients) {
        if (recipients == 0) {
            jdbc.sql("delete from push_send where id = :id").param("id", send).update();
            return 0;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        } else {
            sender.wake();
        }
        return recipients;
    }

    private static String truncated(String title) {
        return title.length() <= 1000
                ? title
                : title.substring(0, Character.isHighSurrogate(title.charAt(999)) ? 999 : 1000);
    }
}
