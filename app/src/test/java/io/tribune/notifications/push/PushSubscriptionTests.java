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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscribing through the panel's form as the page's script sends it, and everything a browser (or
 * anyone) may send instead: each refusal is a localised answer and leaves nothing stored.
 */
@TribuneTest
class PushSubscriptionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PushSubscriptions subscriptions;

    @Autowired
    Editions editions;

    private Browser browser;
    private String csrf;
    private PushFixtures fixtures;

    @BeforeEach
    void openThePanel() {
        browser = new Browser(port);
        fixtures = new PushFixtures(jdbc);
        HttpResponse<String> panel = browser.get("/en/notifications");
        assertThat(panel.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(panel.body());
        assertThat(token.find()).isTrue();
        csrf = token.group(1);
    }

    @Test
    void thePanelOffersBreakingNewsRepliesAndEverySectionAndSaysWhatPushNeeds() {
        String page = browser.get("/en/notifications").body();

        assertThat(page)
                .contains("value=\"breaking\" checked")
                .contains("value=\"replies\" disabled")
                .contains("value=\"section:world\"")
                .contains("Push notifications need JavaScript")
                .contains("data-push-key=\"" + vapidKey() + "\"");
        assertThat(browser.get("/ru/notifications").body())
                .contains("Уведомления")
                .contains("Срочных новостях");
        assertThat(browser.get("/ar/notifications").body())
                .contains("dir=\"rtl\"")
                .contains("الإشعارات");
    }

    @Test
    void theFooterOfEveryPageLinksToThePanelAndLoadsThePrompt() {
        assertThat(browser.get("/es/").body())
                .contains("data-push-prompt=\"/es/notifications/prompt\"")
                .contains("<script src=\"/assets/notifications/push.js\" defer></script>");
        String prompt = browser.get("/es/notifications/prompt").body();
        assertThat(prompt)
                .contains("¿Recibir notificaciones push de")
                .contains("Aceptar")
                .contains("Rechazar");
    }

    @Test
    void storesTheSubscriptionWithTheTopicsChosenAndReplacesThemLater() {
        String endpoint = endpoint();

        HttpResponse<String> saved = subscribe(subscription(endpoint), "breaking", "section:world");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved: this browser gets the notifications you chose.");
        assertThat(fixtures.topicsOf(endpoint, "en")).containsExactly("breaking", "section:world");

        assertThat(subscribe(subscription(endpoint), "section:europe").statusCode())
                .isEqualTo(200);
        assertThat(fixtures.topicsOf(endpoint, "en")).containsExactly("section:europe");
        assertThat(fixtures.count(endpoint)).isEqualTo(1);
    }

    @Test
    void theSameBrowserSubscribesToEachEditionApart() {
        String endpoint = endpoint();
        subscribe(subscription(endpoint), "breaking");
        String ruCsrf = token(browser.get("/ru/notifications").body());

        HttpResponse<String> ru = browser.postRaw(
                "/ru/notifications/subscribe", form(ruCsrf, subscription(endpoint), List.of("breaking")));

        assertThat(ru.statusCode()).isEqualTo(200);
        assertThat(ru.body()).contains("Сохранено");
        assertThat(fixtures.count(endpoint)).isEqualTo(2);
    }

    @Test
    void theChosenTopicsAreShownToTheBrowserThatNamesItsEndpoint() {
        String endpoint = endpoint();
        subscribe(subscription(endpoint), "section:world");

        HttpResponse<String> chosen =
                browser.postRaw("/en/notifications/chosen", "_csrf=" + csrf + "&endpoint=" + encode(endpoint));

        assertThat(chosen.body())
                .contains("value=\"section:world\" checked")
                .doesNotContain("value=\"breaking\" checked");
    }

    @Test
    void unsubscribingForgetsTheBrowserInThatEditionOnly() {
        String endpoint = endpoint();
        subscribe(subscription(endpoint), "breaking");
        browser.postRaw(
                "/ru/notifications/subscribe",
                form(token(browser.get("/ru/notifications").body()), subscription(endpoint), List.of("breaking")));

        HttpResponse<String> gone =
                browser.postRaw("/en/notifications/unsubscribe", "_csrf=" + csrf + "&endpoint=" + encode(endpoint));

        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(gone.body()).contains("This browser gets no more notifications from this edition.");
        assertThat(fixtures.topicsOf(endpoint, "en")).isEmpty();
        assertThat(fixtures.topicsOf(endpoint, "ru")).containsExactly("breaking");
    }

    @Test
    void withoutTheScriptThereIsNoSubscriptionAndThePageSaysWhy() {
        HttpResponse<String> answer =
                browser.postRaw("/en/notifications/subscribe", "_csrf=" + csrf + "&topic=breaking");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Push notifications need JavaScript").contains("<html");
    }

    @Test
    void aSubscriptionWithoutTheFormsTokenIsRefused() {
        String endpoint = endpoint();

        HttpResponse<String> answer = browser.postRaw(
                "/en/notifications/subscribe", form("wrong", subscription(endpoint), List.of("breaking")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{",
                "[]",
                "null",
                "\"endpoint\"",
                "{\"endpoint\":42,\"keys\":{}}",
                "{\"endpoint\":\"ENDPOINT\"}",
                "{\"endpoint\":\"ENDPOINT\",\"keys\":{\"p256dh\":\"BAD\",\"auth\":\"AUTH\"}}",
                "{\"endpoint\":\"ENDPOINT\",\"keys\":{\"p256dh\":\"KEY\",\"auth\":\"c2hvcnQ\"}}",
                "{\"endpoint\":\"ENDPOINT\",\"keys\":{\"p256dh\":\"KEY\",\"auth\":\"<script>alert(1)</script>\"}}",
                "{\"endpoint\":\"ENDPOINT\",\"keys\":{\"p256dh\":\"' OR 1=1 --\",\"auth\":\"AUTH\"}}",
                "{\"endpoint\":\"ENDPOINT\",\"keys\":{\"p256dh\":\"KEY\",\"auth\":\"\uD800\"}}"
            })
    void malformedSubscriptionsAreRefusedAndNothingIsStored(String template) {
        String endpoint = endpoint();
        String json = template.replace("ENDPOINT", endpoint)
                .replace("KEY", browserKey())
                .replace("AUTH", P256.base64url(new byte[16]));

        HttpResponse<String> answer = subscribe(json, "breaking");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("Your browser sent a subscription the site cannot read. Nothing was stored.");
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @Test
    void aHugeSubscriptionIsRefused() {
        String endpoint = endpoint() + "/" + "x".repeat(100_000);

        HttpResponse<String> answer = subscribe(subscription(endpoint), "breaking");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from push_subscription where length(endpoint) > 2048")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.215.14/push/plain-http",
                "https://127.0.0.1:8081/actuator/health",
                "https://10.0.0.7/push",
                "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/push",
                "https://localhost/push",
                "file:///etc/passwd"
            })
    void endpointsThatAreNotPublicHttpsAreRefused(String endpoint) {
        HttpResponse<String> answer = subscribe(subscription(endpoint), "breaking");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("must be a public https address). Nothing was stored.");
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "weather",
                "section:no-such-section",
                "section:WORLD",
                "section:../../etc",
                "<b>breaking</b>",
                "breaking' OR '1'='1",
                ""
            })
    void unknownTopicsAreRefusedAndNothingIsStored(String topic) {
        String endpoint = endpoint();

        HttpResponse<String> answer = subscribe(subscription(endpoint), "breaking", topic);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("One of the topics is not on the list. Nothing was stored.");
        assertThat(answer.body()).doesNotContain("<b>breaking</b>");
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @Test
    void repliesNeedASignedInReader() {
        String endpoint = endpoint();

        HttpResponse<String> answer = subscribe(subscription(endpoint), "replies");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Log in to get notifications about replies");
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @Test
    void aSignedInReadersSubscriptionRemembersWhoseCommentsItIsAbout() {
        String endpoint = endpoint();
        long account = jdbc.sql("select min(id) from account").query(Long.class).single();

        var outcome = subscriptions.subscribe(
                editions.find("en").orElseThrow(),
                subscription(endpoint),
                List.of("replies"),
                Optional.of(new AccountId(account)));

        assertThat(outcome).isInstanceOf(PushSubscriptions.Subscribed.class);
        assertThat(jdbc.sql("select account_id from push_subscription where endpoint = ?")
                        .param(endpoint)
                        .query(Long.class)
                        .single())
                .isEqualTo(account);
    }

    @Test
    void tooManyTopicsAreRefused() {
        String endpoint = endpoint();
        String[] topics = new String[PushSubscriptions.MAX_TOPICS + 1];
        Arrays.fill(topics, "breaking");

        assertThat(subscribe(subscription(endpoint), topics).statusCode()).isEqualTo(422);
        assertThat(fixtures.count(endpoint)).isZero();
    }

    @Test
    void theListOfSendsDoesNotExistForReadersWhoAreNotAdministrators() {
        assertThat(browser.get("/en/notifications/sends").statusCode()).isEqualTo(404);
    }

    @Test
    void theServiceWorkerIsServedFromTheSiteRootAndAlwaysRevalidated() {
        HttpResponse<String> worker = browser.get("/push-worker.js");

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(worker.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(worker.body()).contains("showNotification").contains("notificationclick");
    }

    private HttpResponse<String> subscribe(String subscriptionJson, String... topics) {
        return browser.postRaw("/en/notifications/subscribe", form(csrf, subscriptionJson, List.of(topics)));
    }

    private static String form(String csrf, String subscriptionJson, List<String> topics) {
        return "_csrf=" + encode(csrf) + "&subscription=" + encode(subscriptionJson)
                + topics.stream().map(t -> "&topic=" + encode(t)).collect(Collectors.joining());
    }

    private String vapidKey() {
        return jdbc.sql("select public_key from push_vapid_key")
                .query(String.class)
                .single();
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
