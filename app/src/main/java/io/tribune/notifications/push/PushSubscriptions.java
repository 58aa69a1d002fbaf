package io.tribune.notifications.push;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' push subscriptions, one per browser and edition, with the topics each wants. Whatever a
 * browser sends is checked whole (the JSON, the keys, the endpoint, every topic) before anything is
 * written, so a refused subscription leaves nothing behind.
 */
@Component
public class PushSubscriptions {

    /** More topics than an edition has sections is not a reader's choice. */
    static final int MAX_TOPICS = 64;

    private final JdbcClient jdbc;
    private final EndpointGuard guard;
    private final Articles articles;
    private final Clock clock;

    PushSubscriptions(JdbcClient jdbc, EndpointGuard guard, Articles articles, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.articles = articles;
        this.clock = clock;
    }

    /** What became of a subscription; a refusal names the message the reader is shown. */
    public sealed interface Outcome {}

    public record Subscribed(Set<Topic> topics) implements Outcome {}

    public record Refused(String message) implements Outcome {}

    /**
     * Stores the browser's subscription for the edition with exactly these topics (replacing what the
     * same browser chose before). Replies need a signed-in reader: they are about their comments.
     */
    @Transactional
    public Outcome subscribe(
            Edition edition, String subscriptionJson, List<String> topicNames, Optional<AccountId> reader) {
        var parsed = BrowserSubscription.parse(subscriptionJson, guard);
        if (parsed instanceof BrowserSubscription.Invalid invalid) {
            return new Refused(invalid.problem().message());
        }
        BrowserSubscription subscription = ((BrowserSubscription.Valid) parsed).subscription();
        Optional<Set<Topic>> topics = topics(edition, topicNames);
        if (topics.isEmpty()) {
            return new Refused("push.error.topic");
        }
        if (topics.get().contains(Topic.REPLIES) && reader.isEmpty()) {
            return new Refused("push.error.repliesNeedSignIn");
        }
        String endpoint = subscription.endpoint().toString();
        jdbc.sql("delete from push_subscription where endpoint = :endpoint and edition = :edition")
                .param("endpoint", endpoint)
                .param("edition", edition.code())
                .update();
        if (topics.get().isEmpty()) {
            // no topic left is the same as no subscription for this edition
            return new Subscribed(topics.get());
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into push_subscription (edition, endpoint, p256dh, auth, account_id, created_at)"
                        + " values (:edition, :endpoint, :p256dh, :auth, :account, :now)")
                .param("edition", edition.code())
                .param("endpoint", endpoint)
                .param("p256dh", subscription.p256dh())
                .param("auth", subscription.auth())
                .param("account", reader.map(AccountId::value).orElse(null))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (Topic topic : topics.get()) {
            jdbc.sql("insert into push_topic (subscription_id, topic) values (:id, :topic)")
                    .param("id", id)
                    .param("topic", topic.name())
                    .update();
        }
        return new Subscribed(topics.get());
    }

    /** What became of a renewal. */
    public enum Renewal {
        RENEWED,
        /** No subscription has the old endpoint: a renewal never creates one. */
        UNKNOWN,
        MALFORMED,
        /** The new endpoint is not a public https address. */
        REFUSED
    }

    /**
     * Moves every subscription of the browser from the endpoint its push service replaced to the new
     * one with its new keys, keeping each edition's topics and reader. Where the new endpoint is already
     * subscribed in an edition, that subscription gives way to the renewed one.
     */
    @Transactional
    public Renewal renew(String oldEndpoint, String subscriptionJson) {
        var parsed = BrowserSubscription.parse(subscriptionJson, guard);
        if (parsed instanceof BrowserSubscription.Invalid invalid) {
            return invalid.problem() == BrowserSubscription.Problem.ENDPOINT ? Renewal.REFUSED : Renewal.MALFORMED;
        }
        if (oldEndpoint == null || oldEndpoint.length() > EndpointGuard.MAX_LENGTH) {
            return Renewal.UNKNOWN;
        }
        BrowserSubscription subscription = ((BrowserSubscription.Valid) parsed).subscription();
        String endpoint = subscription.endpoint().toString();
        List<String> editionsOfOld = jdbc.sql("select edition from push_subscription where endpoint = :old")
                .param("old", oldEndpoint)
                .query(String.class)
                .list();
        if (editionsOfOld.isEmpty()) {
            return Renewal.UNKNOWN;
        }
        if (!endpoint.equals(oldEndpoint)) {
            jdbc.sql("delete from push_subscription where endpoint = :endpoint and edition in (:editions)")
                    .param("endpoint", endpoint)
                    .param("editions", editionsOfOld)
                    .update();
        }
        // the same endpoint may come back with new keys: they are what the next push is encrypted to
        jdbc.sql("update push_subscription set endpoint = :endpoint, p256dh = :p256dh, auth = :auth"
                        + " where endpoint = :old")
                .param("endpoint", endpoint)
                .param("p256dh", subscription.p256dh())
                .param("auth", subscription.auth())
                .param("old", oldEndpoint)
                .update();
        return Renewal.RENEWED;
    }

    /** Forgets the browser's subscription for the edition; whether there was one. */
    @Transactional
    public boolean unsubscribe(Edition edition, String endpoint) {
        if (endpoint == null || endpoint.length() > EndpointGuard.MAX_LENGTH) {
            return false;
        }
        return jdbc.sql("delete from push_subscription where endpoint = :endpoint and edition = :edition")
                        .param("endpoint", endpoint)
                        .param("edition", edition.code())
                        .update()
                > 0;
    }

    /** The topics the browser with this endpoint chose in the edition; empty when it is not subscribed there. */
    public Set<Topic> topics(Edition edition, String endpoint) {
        if (endpoint == null || endpoint.length() > EndpointGuard.MAX_LENGTH) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select t.topic from push_topic t join push_subscription s"
                        + " on s.id = t.subscription_id where s.endpoint = :endpoint and s.edition = :edition"
                        + " order by t.topic")
                .param("endpoint", endpoint)
                .param("edition", edition.code())
                .query((row, n) -> new Topic(row.getString(1)))
                .list());
    }

    /** Every topic named must exist in the edition: breaking, replies, or one of its sections. */
    private Optional<Set<Topic>> topics(Edition edition, List<String> names) {
        List<String> given = names == null ? List.of() : names;
        if (given.size() > MAX_TOPICS) {
            return Optional.empty();
        }
        Set<Topic> topics = new LinkedHashSet<>();
        for (String name : given) {
            Optional<Topic> topic = Topic.parse(name);
            if (topic.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> section = topic.get().section();
            if (section.isPresent()
                    && articles.section(edition.code(), section.get()).isEmpty()) {
                return Optional.empty();
            }
            topics.add(topic.get());
        }
        return Optional.of(topics);
    }
}
