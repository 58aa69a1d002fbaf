package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.discussion.CommentChange;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.DeleteComment;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticlePublished;
import io.tribune.support.MutableClock;
import io.tribune.support.NodePushService.Subscription;
import io.tribune.support.PushServer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Breaking news from publication to the push service: who receives it, what the push service's
 * answers do (410 and 404 delete, 429 waits as long as Retry-After says, 5xx and silence are tried
 * again), and that a send survives a node that dies mid-way and several nodes sending at once. The
 * application's own sender is off here; each test drives senders ("nodes") of its own.
 */
@PushTest
class PushSendingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IP = "198.51.100.7";

    @RegisterExtension
    static final PushServer SERVICE = new PushServer();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PushSubscriptions subscriptions;

    @Autowired
    Editions editions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PushService push;

    @Autowired
    PushSender applicationSender;

    @Autowired
    SendReports reports;

    @Autowired
    PostComment postComment;

    @Autowired
    PrivacyPolicy privacyPolicy;

    @Autowired
    DeleteComment deleteComment;

    @Autowired
    ReplyNotifications replyNotifications;

    @Test
    void breakingNewsReachesEverySubscriberWhoWantsItOnceAndNoOneElse() {
        Article article = breakingArticle("en");
        Subscription breaking = subscribe("en", "breaking");
        Subscription section = subscribe("en", "section:" + article.section());
        Subscription both = subscribe("en", "breaking", "section:" + article.section());
        Subscription otherSection = subscribe("en", "section:" + otherSection("en", article.section()));
        Subscription otherEdition = subscribe("ru", "breaking");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        for (Subscription reader : List.of(breaking, section, both)) {
            JsonNode message = only(SERVICE.node().receivedBy(reader));
            JsonNode payload = JSON.readTree(message.get("payload").asString());
            assertThat(payload.get("title").asString()).isEqualTo(article.title());
            assertThat(payload.get("body").asString()).isEqualTo(article.lead());
            assertThat(payload.get("url").asString()).isEqualTo("/s/" + article.shortCode());
            assertThat(payload.get("tag").asString()).isEqualTo("article-" + article.id());
            assertThat(payload.get("lang").asString()).isEqualTo("en");
            assertThat(message.get("urgency").asString()).isEqualTo("high");
            assertThat(message.get("topic").asString()).isEqualTo("article-" + article.id());
            assertThat(message.get("vapid").get("signatureValid").asBoolean()).isTrue();
        }
        assertThat(SERVICE.node().receivedBy(otherSection)).isEmpty();
        assertThat(SERVICE.node().receivedBy(otherEdition)).isEmpty();
        assertThat(stats(article)).containsEntry("DELIVERED", 3L);
    }

    @Test
    void aRenewalThatKeepsTheEndpointButBringsNewKeysEncryptsTheNextPushToTheNewKeys() {
        Article article = breakingArticle("en");
        Subscription before = subscribe("en", "breaking");
        Subscription rekeyed = SERVICE.node().rekey(before);

        assertThat(subscriptions.renew(before.endpoint(), rekeyed.json())).isEqualTo(PushSubscriptions.Renewal.RENEWED);
        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        JsonNode message = only(SERVICE.node().receivedBy(rekeyed));
        assertThat(message.get("decryptError")).as("encrypted to the new keys").isNull();
        assertThat(JSON.readTree(message.get("payload").asString()).get("title").asString())
                .isEqualTo(article.title());
    }

    @Test
    void anArticleNotFlaggedBreakingReachesOnlyItsSectionsFollowers() {
        Article article = breakingArticle("es");
        jdbc.sql("update article set breaking = false where id = ?")
                .param(article.id())
                .update();
        Subscription breaking = subscribe("es", "breaking");
        Subscription section = subscribe("es", "section:" + article.section());

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        assertThat(SERVICE.node().receivedBy(breaking)).isEmpty();
        assertThat(only(SERVICE.node().receivedBy(section)).get("urgency").asString())
                .isEqualTo("normal");
    }

    @Test
    void subscriptionsThePushServiceCallsGoneAreDeleted() {
        Article article = breakingArticle("en");
        Subscription expired = subscribe("en", "breaking");
        Subscription unknown = subscribe("en", "breaking");
        SERVICE.node().script(expired, "[{\"status\":410}]");
        SERVICE.node().script(unknown, "[{\"status\":404}]");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        assertThat(subscriptionExists(expired)).isFalse();
        assertThat(subscriptionExists(unknown)).isFalse();
        assertThat(stats(article)).containsEntry("REMOVED", 2L);
        SendReport report = reports.newest(editions.find("en").orElseThrow(), 100).stream()
                .filter(r -> r.title().equals(article.title()))
                .findFirst()
                .orElseThrow();
        assertThat(report.recipients()).isEqualTo(2);
        assertThat(report.removed()).isEqualTo(2);
        assertThat(report.delivered()).isZero();
        assertThat(report.waiting()).isZero();
        assertThat(report.duration()).isNotNull();
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSaysThenDelivers() {
        Article article = breakingArticle("en");
        Subscription reader = subscribe("en", "breaking");
        SERVICE.node().script(reader, "[{\"status\":429,\"retryAfter\":120}]");
        publish(article);
        MutableClock clock = new MutableClock(Instant.now());
        PushSender sender = node(clock, 100);

        sender.round();

        Map<String, Object> delivery = delivery(article, reader);
        assertThat(delivery.get("state")).isEqualTo("PENDING");
        assertThat(((OffsetDateTime) delivery.get("next_attempt_at")).toInstant())
                .isAfterOrEqualTo(clock.instant().plusSeconds(119));
        clock.pass(Duration.ofSeconds(60));
        assertThat(sender.round()).as("not yet due").isZero();

        clock.pass(Duration.ofSeconds(61));
        deliverAll(sender);

        assertThat(SERVICE.node().receivedBy(reader)).hasSize(2);
        assertThat(delivery(article, reader))
                .containsEntry("state", "DELIVERED")
                .containsEntry("attempts", 2);
    }

    @Test
    void serverErrorsAreTriedAgainWithBackOffUntilTheLastAttemptFails() {
        Article article = breakingArticle("en");
        Subscription reader = subscribe("en", "breaking");
        SERVICE.node().script(reader, "[{\"status\":503},{\"status\":500},{\"status\":502}]");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        assertThat(SERVICE.node().receivedBy(reader)).hasSize(3);
        assertThat(delivery(article, reader)).containsEntry("state", "FAILED").containsEntry("attempts", 3);
        assertThat(subscriptionExists(reader))
                .as("a failing push service is no reason to forget a reader")
                .isTrue();
    }

    @Test
    void backOffDoublesAndRetryAfterWinsWhenLonger() {
        PushSender sender = node(Clock.systemUTC(), 100);

        assertThat(sender.wait(1, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(sender.wait(3, null)).isEqualTo(Duration.ofMillis(800));
        assertThat(sender.wait(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.wait(3, Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(800));
        assertThat(sender.wait(1, Duration.ofDays(9))).isEqualTo(Duration.ofHours(1));
        assertThat(PushService.parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", Instant.parse("2026-10-21T07:27:00Z")))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(PushService.parseRetryAfter("soon", Instant.now())).isNull();
    }

    @Test
    void aPushServiceThatNeverAnswersIsLeftAfterTheTimeoutAndTriedAgain() {
        Article article = breakingArticle("en");
        Subscription reader = subscribe("en", "breaking");
        SERVICE.node().script(reader, "[{\"hang\":true}]");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        assertThat(SERVICE.node().receivedBy(reader)).hasSize(2);
        assertThat(delivery(article, reader))
                .containsEntry("state", "DELIVERED")
                .containsEntry("attempts", 2);
    }

    @Test
    void aNotificationTooLargeForFourKilobytesIsShortenedAndStillDecrypts() {
        Article article = breakingArticle("ru");
        // 3 bytes a character, and 6 for a control character JSON escapes: over 4 KB within the columns
        String lead = "東".repeat(500) + " <b>&</b> \"quoted\"" + "\u001f".repeat(400);
        String title = "語".repeat(295);
        jdbc.sql("update article set lead = ?, title = ? where id = ?")
                .params(lead, title, article.id())
                .update();
        Subscription reader = subscribe("ru", "breaking");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        JsonNode message = only(SERVICE.node().receivedBy(reader));
        assertThat(message.get("bodyLength").asInt()).isLessThanOrEqualTo(4096);
        JsonNode payload = JSON.readTree(message.get("payload").asString());
        assertThat(payload.get("title").asString()).isEqualTo(title);
        assertThat(payload.get("body").asString()).startsWith("東東東").endsWith("…");
        assertThat(payload.get("body").asString().length()).isLessThan(lead.length());
    }

    @Test
    void aNodeThatDiesMidSendLeavesNoOneOutAndSendsToNoOneTwice() {
        Article article = breakingArticle("en");
        List<Subscription> readers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            readers.add(subscribe("en", "breaking"));
        }
        publish(article);
        MutableClock clock = new MutableClock(Instant.now());

        List<PushSender.Claimed> lost = node(clock, 10).claim(UUID.randomUUID().toString());
        assertThat(lost).hasSize(10);
        PushSender survivor = node(clock, 7);
        deliverAll(survivor, 20);
        assertThat(stats(article)).containsEntry("DELIVERED", 20L).containsEntry("SENDING", 10L);

        clock.pass(Duration.ofSeconds(11));
        deliverAll(survivor);

        assertThat(stats(article)).containsEntry("DELIVERED", 30L).doesNotContainKey("SENDING");
        for (Subscription reader : readers) {
            assertThat(SERVICE.node().receivedBy(reader)).hasSize(1);
        }
    }

    @Test
    void twoNodesSendingAtOnceNeverShareARecipient() {
        Article article = breakingArticle("es");
        List<Subscription> readers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            readers.add(subscribe("es", "breaking"));
        }
        publish(article);

        var first = CompletableFuture.runAsync(() -> deliverAll(node(Clock.systemUTC(), 7)));
        var second = CompletableFuture.runAsync(() -> deliverAll(node(Clock.systemUTC(), 5)));
        first.join();
        second.join();

        assertThat(stats(article)).containsEntry("DELIVERED", 60L);
        for (Subscription reader : readers) {
            assertThat(SERVICE.node().receivedBy(reader)).hasSize(1);
        }
    }

    @Test
    void theRunningSenderDeliversAPublicationWithoutBeingAsked() {
        Article article = breakingArticle("ar");
        Subscription reader = subscribe("ar", "breaking");
        applicationSender.start();
        try {
            publish(article);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (SERVICE.node().receivedBy(reader).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            applicationSender.stop();
        }
        JsonNode payload = JSON.readTree(
                only(SERVICE.node().receivedBy(reader)).get("payload").asString());
        assertThat(payload.get("dir").asString()).isEqualTo("rtl");
    }

    /** The newsroom announces an update as a publication again: readers were told once, that is enough. */
    @Test
    void anUpdatedArticleIsNotPushedAgain() {
        Article article = breakingArticle("en");
        Subscription reader = subscribe("en", "breaking");

        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));
        publish(article);
        deliverAll(node(Clock.systemUTC(), 100));

        assertThat(SERVICE.node().receivedBy(reader)).hasSize(1);
    }

    @Test
    void anArticleWithoutSubscribersLeavesNoSend() {
        Article article = breakingArticle("en");
        jdbc.sql("delete from push_subscription where edition = 'en'").update();

        publish(article);

        assertThat(jdbc.sql("select count(*) from push_send where article_id = ?")
                        .param(article.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPublishedReplyReachesTheParentsCommenterWhoAskedForRepliesAndNoOneElse() {
        long article = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
        AccountId first = commenter("Ada Lovelace");
        AccountId second = commenter("Grace Hopper");
        Edition en = editions.find("en").orElseThrow();
        Subscription firstBrowser = SERVICE.node().subscribe();
        Subscription secondBrowser = SERVICE.node().subscribe();
        subscriptions.subscribe(en, firstBrowser.json(), List.of("replies"), Optional.of(first));
        subscriptions.subscribe(en, secondBrowser.json(), List.of("replies", "breaking"), Optional.of(second));

        long parent = posted(postComment.post(new NewComment(
                first,
                "en",
                article,
                null,
                "The council's budget vote matters for every district.",
                "p-" + UUID.randomUUID(),
                "198.51.100.7")));
        long reply = posted(postComment.post(new NewComment(
                second,
                "en",
                article,
                parent,
                "Agreed, and the transport plan depends on it.",
                "r-" + UUID.randomUUID(),
                "198.51.100.8")));
        deliverAll(node(Clock.systemUTC(), 100));

        JsonNode payload = JSON.readTree(
                only(SERVICE.node().receivedBy(firstBrowser)).get("payload").asString());
        assertThat(payload.get("title").asString()).startsWith("Grace Hopper replied to your comment on");
        assertThat(payload.get("body").asString()).isEqualTo("Agreed, and the transport plan depends on it.");
        assertThat(payload.get("tag").asString()).isEqualTo("reply-" + reply);
        assertThat(payload.get("url").asString()).as("the reply's own link").isEqualTo("/en/comments/" + reply);
        assertThat(SERVICE.node().receivedBy(secondBrowser))
                .as("nobody is told of their own reply")
                .isEmpty();
    }

    @Test
    void aReplyToACommentDeletedSinceIsNotPushed() {
        notPushedOnceAnnouncedAgain(
                "Deleted Parent",
                "the comment replied to is deleted",
                thread -> assertThat(deleteComment.delete(new CommentChange(
                                thread.parentAuthor(), "en", thread.article(), thread.parent(), null, IP)))
                        .isNull());
    }

    @Test
    void aReplyByABlockedReplierIsNotPushed() {
        notPushedOnceAnnouncedAgain(
                "Blocked Replier",
                "the replier is blocked",
                thread -> jdbc.sql("insert into account_block (account_id, rule, blocked_at) values (?, 'trolling', ?)")
                        .params(thread.replier().value(), Timestamp.from(Instant.now()))
                        .update());
    }

    @Test
    void aReplyToABlockedCommenterIsNotPushed() {
        notPushedOnceAnnouncedAgain(
                "Blocked Parent",
                "the parent's author is blocked",
                thread -> jdbc.sql("insert into account_block (account_id, rule, blocked_at) values (?, 'trolling', ?)")
                        .params(thread.parentAuthor().value(), Timestamp.from(Instant.now()))
                        .update());
    }

    @Test
    void aReplyToACommenterWhoseAccountIsGoneIsNotPushed() {
        notPushedOnceAnnouncedAgain(
                "Gone Parent",
                "the parent's account is gone",
                thread -> jdbc.sql("update account set status = 'DEACTIVATED' where id = ?")
                        .param(thread.parentAuthor().value())
                        .update());
    }

    private void notPushedOnceAnnouncedAgain(String name, String why, Consumer<ReplyThread> change) {
        ReplyThread thread = aReplyNobodyWasToldOfYet(name);
        change.accept(thread);

        announceAgain(thread);

        assertThat(SERVICE.node().receivedBy(thread.browser())).as(why).isEmpty();
    }

    @Test
    void aReplyAnnouncedAgainIsPushedWhenNothingChanged() {
        ReplyThread thread = aReplyNobodyWasToldOfYet("Nothing Changed");

        announceAgain(thread);

        assertThat(SERVICE.node().receivedBy(thread.browser())).hasSize(1);
    }

    // each thread says something of its own: the same words again would be held as a flood
    private static final Map<String, String> QUESTIONS = Map.of(
            "Deleted Parent", "Will the library open on Sundays?",
            "Blocked Replier", "Who decides the route of the new tram line?",
            "Gone Parent", "Are the school meals free from September?",
            "Blocked Parent", "Is the swimming pool open on holidays?",
            "Nothing Changed", "When does the bridge repair start?");
    private static final Map<String, String> ANSWERS = Map.of(
            "Deleted Parent", "From March, the council said.",
            "Blocked Replier", "The transport committee votes on it in May.",
            "Gone Parent", "Only for the youngest pupils at first.",
            "Blocked Parent", "Mornings only, the sign at the entrance says.",
            "Nothing Changed", "Next week, the notice on the bridge says.");

    /** A parent, a reply to it, and the parent's commenter subscribed to replies only after it was posted. */
    record ReplyThread(
            AccountId parentAuthor, AccountId replier, long article, long parent, long reply, Subscription browser) {}

    private ReplyThread aReplyNobodyWasToldOfYet(String name) {
        long article = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
        AccountId author = commenter(name);
        AccountId replier = commenter(name + " Replier");
        long parent = posted(postComment.post(
                new NewComment(author, "en", article, null, QUESTIONS.get(name), "p-" + UUID.randomUUID(), IP)));
        long reply = posted(postComment.post(
                new NewComment(replier, "en", article, parent, ANSWERS.get(name), "r-" + UUID.randomUUID(), IP)));
        deliverAll(node(Clock.systemUTC(), 100));
        Subscription browser = SERVICE.node().subscribe();
        subscriptions.subscribe(
                editions.find("en").orElseThrow(), browser.json(), List.of("replies"), Optional.of(author));
        return new ReplyThread(author, replier, article, parent, reply, browser);
    }

    /** Discussion announces the reply as published again, as it does when a moderator approves a held one. */
    private void announceAgain(ReplyThread thread) {
        events.publishEvent(new CommentPosted(
                thread.reply(), thread.article(), "en", thread.replier().value(), CommentStatus.PUBLISHED));
        deliverAll(node(Clock.systemUTC(), 100));
    }

    private AccountId commenter(String name) {
        jdbc.sql("insert into account (email, display_name, edition, status, created_at, session_stamp, confirmed_at)"
                        + " values (:email, :name, 'en', 'ACTIVE', :now, 0, :now)")
                .param("email", "push-" + UUID.randomUUID() + "@example.org")
                .param("name", name)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        AccountId id = new AccountId(
                jdbc.sql("select max(id) from account").query(Long.class).single());
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id.value())
                .param("version", privacyPolicy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private static long posted(Posting posting) {
        assertThat(posting).isInstanceOf(Posting.Posted.class);
        Posting.Posted posted = (Posting.Posted) posting;
        assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }

    record Article(long id, String section, String title, String lead, String shortCode) {}

    /** A published article of the edition, flagged breaking, with no send recorded yet. */
    private Article breakingArticle(String edition) {
        Article article = jdbc.sql("select a.id, s.slug, a.title, a.lead, a.short_code from article a"
                        + " join section s on s.id = a.section_id where a.edition = ?"
                        + " and not exists (select 1 from push_send p where p.article_id = a.id)"
                        + " order by a.id fetch first 1 rows only")
                .param(edition)
                .query((row, n) -> new Article(
                        row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)))
                .single();
        jdbc.sql("update article set breaking = true where id = ?")
                .param(article.id())
                .update();
        // each test starts with this edition's earlier subscribers gone, so only its own count
        jdbc.sql("delete from push_subscription where edition = ?")
                .param(edition)
                .update();
        return article;
    }

    private String otherSection(String edition, String section) {
        return jdbc.sql("select slug from section where edition = ? and slug <> ? fetch first 1 rows only")
                .params(edition, section)
                .query(String.class)
                .single();
    }

    /** The newsroom publishes: the event inside the publishing transaction. */
    private void publish(Article article) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new ArticlePublished(
                        article.id(),
                        jdbc.sql("select edition from article where id = ?")
                                .param(article.id())
                                .query(String.class)
                                .single())));
    }

    private Subscription subscribe(String edition, String... topics) {
        Subscription subscription = SERVICE.node().subscribe();
        var outcome = subscriptions.subscribe(
                editions.find(edition).orElseThrow(), subscription.json(), List.of(topics), Optional.empty());
        assertThat(outcome).isInstanceOf(PushSubscriptions.Subscribed.class);
        return subscription;
    }

    private PushSender node(Clock clock, int batchSize) {
        return new PushSender(
                jdbc, new TransactionTemplate(transactions), push, PushTestSettings.local(batchSize), clock);
    }

    /** Rounds until nothing is due or waiting for a retry soon. */
    private void deliverAll(PushSender sender) {
        deliverAll(sender, Integer.MAX_VALUE);
    }

    private void deliverAll(PushSender sender, int atMost) {
        try {
            assertThat(replyNotifications.awaitTold(Duration.ofSeconds(30)))
                    .as("replies told")
                    .isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        int handled = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (handled < atMost && System.nanoTime() < deadline) {
            int round = sender.round();
            handled += round;
            if (round == 0) {
                long soon = jdbc.sql("select count(*) from push_delivery where state = 'PENDING'")
                        .query(Long.class)
                        .single();
                if (soon == 0) {
                    return;
                }
                Thread.onSpinWait();
            }
        }
    }

    private Map<String, Long> stats(Article article) {
        return jdbc
                .sql("select d.state, count(*) from push_delivery d join push_send p on p.id = d.send_id"
                        + " where p.article_id = ? group by d.state")
                .param(article.id())
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Object> delivery(Article article, Subscription reader) {
        return jdbc.sql("select d.state, d.attempts, d.next_attempt_at from push_delivery d"
                        + " join push_send p on p.id = d.send_id join push_subscription s on s.id = d.subscription_id"
                        + " where p.article_id = ? and s.endpoint = ?")
                .params(article.id(), reader.endpoint())
                .query((row, n) -> Map.<String, Object>of(
                        "state", row.getString(1),
                        "attempts", row.getInt(2),
                        "next_attempt_at", row.getObject(3, OffsetDateTime.class)))
                .single();
    }

    private boolean subscriptionExists(Subscription reader) {
        return jdbc.sql("select count(*) from push_subscription where endpoint = ?")
                        .param(reader.endpoint())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static JsonNode only(List<JsonNode> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }
}
