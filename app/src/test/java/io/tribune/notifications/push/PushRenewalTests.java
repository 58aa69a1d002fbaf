package io.tribune.notifications.push;

import static io.tribune.notifications.push.PushFixtures.browserKey;
import static io.tribune.notifications.push.PushFixtures.encode;
import static io.tribune.notifications.push.PushFixtures.endpoint;
import static io.tribune.notifications.push.PushFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneTest;
import io.tribune.accounts.AccountId;
import io.tribune.editions.Editions;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A push service may replace a browser's subscription; the service worker then posts the new one with
 * the endpoint it replaces. The worker has no page and so no form token: knowing the old endpoint, a
 * secret shared only by the browser, its push service and us, is what allows the change. The renewal
 * can move a subscription, never create one or change what it is about.
 */
@TribuneTest
class PushRenewalTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PushSubscriptions subscriptions;

    @Autowired
    Editions editions;

    private Browser worker;
    private PushFixtures fixtures;

    @BeforeEach
    void aServiceWorkerWithoutCookiesOrToken() {
        worker = new Browser(port);
        fixtures = new PushFixtures(jdbc);
    }

    @Test
    void theRenewedSubscriptionKeepsItsEditionsTopicsAndReader() {
        String old = endpoint();
        long account = jdbc.sql("select min(id) from account").query(Long.class).single();
        subscribe("en", old, List.of("breaking", "replies"), Optional.of(new AccountId(account)));
        subscribe("ru", old, List.of("breaking"), Optional.empty());
        String renewed = endpoint();
        String keys = browserKey();

        HttpResponse<String> answer = renew(old, subscription(renewed, keys));

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(fixtures.count(old)).isZero();
        assertThat(fixtures.topicsOf(renewed, "en")).containsExactly("breaking", "replies");
        assertThat(fixtures.topicsOf(renewed, "ru")).containsExactly("breaking");
        assertThat(jdbc.sql("select account_id from push_subscription where endpoint = ? and edition = 'en'")
                        .param(renewed)
                        .query(Long.class)
                        .single())
                .isEqualTo(account);
        assertThat(jdbc.sql("select distinct p256dh from push_subscription where endpoint = ?")
                        .param(renewed)
                        .query(String.class)
                        .list())
                .containsExactly(keys);
    }

    @Test
    void anEndpointNobodySubscribedCannotBeRenewedIntoASubscription() {
        String renewed = endpoint();

        HttpResponse<String> answer = renew(endpoint(), subscription(renewed, browserKey()));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(fixtures.count(renewed)).isZero();
    }

    @Test
    void renewingTwiceWithTheSameOldEndpointFindsNothingTheSecondTime() {
        String old = endpoint();
        subscribe("en", old, List.of("breaking"), Optional.empty());
        String renewed = endpoint();
        assertThat(renew(old, subscription(renewed, browserKey())).statusCode()).isEqualTo(204);

        String stolen = endpoint();
        assertThat(renew(old, subscription(stolen, browserKey())).statusCode()).isEqualTo(404);

        assertThat(fixtures.count(renewed)).isEqualTo(1);
        assertThat(fixtures.count(stolen)).isZero();
    }

    @Test
    void aRenewalOntoAnEndpointAlreadySubscribedKeepsOneSubscriptionPerEdition() {
        String old = endpoint();
        String renewed = endpoint();
        subscribe("en", old, List.of("breaking", "section:world"), Optional.empty());
        subscribe("en", renewed, List.of("breaking"), Optional.empty());

        assertThat(renew(old, subscription(renewed, browserKey())).statusCode()).isEqualTo(204);

        assertThat(fixtures.count(old)).isZero();
        assertThat(fixtures.count(renewed)).isEqualTo(1);
        assertThat(fixtures.topicsOf(renewed, "en")).containsExactly("breaking", "section:world");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.215.14/push",
                "https://127.0.0.1/push",
                "https://10.0.0.7/push",
                "https://169.254.169.254/latest/meta-data/",
                "https://localhost/push",
                "file:///etc/passwd"
            })
    void aRenewalOntoAnAddressThatIsNotPublicHttpsIsRefusedAndChangesNothing(String target) {
        String old = endpoint();
        subscribe("en", old, List.of("breaking"), Optional.empty());

        HttpResponse<String> answer = renew(old, subscription(target, browserKey()));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(fixtures.count(old)).isEqualTo(1);
        assertThat(fixtures.count(target)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "{\"endpoint\":\"https://93.184.215.14/x\"}",
                "[]",
                "{\"endpoint\":\"https://93.184.215.14/x\",\"keys\":{\"p256dh\":\"<b>\",\"auth\":\"' OR 1=1 --\"}}",
                "\uD800\uDC00\uD800"
            })
    void malformedRenewalsAreRefusedAndChangeNothing(String json) {
        String old = endpoint();
        subscribe("en", old, List.of("breaking"), Optional.empty());

        HttpResponse<String> answer = renew(old, json);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fixtures.count(old)).isEqualTo(1);
    }

    @Test
    void aHugeOldEndpointIsNotLookedFor() {
        HttpResponse<String> answer =
                renew("https://93.184.215.14/" + "x".repeat(100_000), subscription(endpoint(), browserKey()));

        assertThat(answer.statusCode()).isIn(400, 404, 413);
    }

    @Test
    void theServiceWorkerRenewsWhenThePushServiceReplacesTheSubscription() {
        String worker = this.worker.get("/push-worker.js").body();

        assertThat(worker).contains("pushsubscriptionchange").contains(PushPaths.RENEWAL);
    }

    private HttpResponse<String> renew(String old, String subscriptionJson) {
        return worker.postRaw(PushPaths.RENEWAL, "old=" + encode(old) + "&subscription=" + encode(subscriptionJson));
    }

    private void subscribe(String edition, String endpoint, List<String> topics, Optional<AccountId> reader) {
        var outcome = subscriptions.subscribe(
                editions.find(edition).orElseThrow(), subscription(endpoint, browserKey()), topics, reader);
        assertThat(outcome).isInstanceOf(PushSubscriptions.Subscribed.class);
    }
}
