package io.tribune.notifications.push;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import io.tribune.TribuneTest;
import io.tribune.support.Chromium;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prompt and the service worker in headless Chromium. A real push service cannot be reached from
 * here, so where a journey needs a subscription the page is given one for a public address literal
 * (the browser's own {@code PushManager.subscribe} is replaced before the page loads); everything
 * else — the prompt, the permission, the worker's registration from the site root, the worker showing
 * a pushed message — is the browser's own.
 */
@TribuneTest
class PushBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusingThePromptIsRememberedSoItDoesNotComeBack() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            context.grantPermissions(List.of("notifications"));
            Page page = context.newPage();
            page.navigate(base() + "/en/");
            assertThat(page.locator(".push-prompt")).containsText("Get push notifications from");

            page.locator("[data-push-refuse]").click();
            assertThat(page.locator(".push-prompt")).hasCount(0);

            page.reload();
            page.waitForLoadState();
            page.navigate(base() + "/en/news");
            page.waitForTimeout(500);
            assertThat(page.locator(".push-prompt")).hasCount(0);
        }
    }

    @Test
    void thePromptSpeaksTheEditionsLanguage() {
        try (BrowserContext context = chromium.newContext("ar")) {
            context.grantPermissions(List.of("notifications"));
            Page page = context.newPage();
            page.navigate(base() + "/ar/");
            assertThat(page.locator(".push-prompt")).containsText("هل تريد تلقي إشعارات الدفع من");
            assertThat(page.locator("[data-push-accept]")).hasText("قبول");
            assertThat(page.locator("[data-push-refuse]")).hasText("رفض");
        }
    }

    @Test
    void acceptingRegistersTheWorkerFromTheSiteRootAndStoresTheSubscription() {
        String endpoint = "https://93.184.215.14/wpush/browser-" + System.nanoTime();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            context.grantPermissions(List.of("notifications"));
            context.addInitScript(fakeSubscribe(endpoint));
            Page page = context.newPage();
            page.navigate(base() + "/en/");

            page.locator("[data-push-accept]").click();

            assertThat(page.locator("[data-push-status]")).containsText("Done: you will get breaking news.");
            Object worker = page.evaluate("() => navigator.serviceWorker.getRegistration('/')"
                    + ".then(r => r && r.scope + ' ' + (r.active || r.waiting || r.installing).scriptURL)");
            assertThat(worker).isEqualTo(base() + "/ " + base() + "/push-worker.js");
            assertThat(jdbc.sql("select t.topic from push_topic t join push_subscription s on s.id = t.subscription_id"
                                    + " where s.endpoint = ? and s.edition = 'en'")
                            .param(endpoint)
                            .query(String.class)
                            .list())
                    .containsExactly("breaking");

            page.reload();
            page.waitForTimeout(500);
            assertThat(page.locator(".push-prompt")).hasCount(0);
        }
    }

    @Test
    void thePanelChangesTopicsAndUnsubscribes() {
        String endpoint = "https://93.184.215.14/wpush/panel-" + System.nanoTime();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            context.grantPermissions(List.of("notifications"));
            context.addInitScript(fakeSubscribe(endpoint));
            Page page = context.newPage();
            page.navigate(base() + "/en/notifications");
            assertThat(page.locator("[data-push-needs-script]")).isHidden();

            page.locator("input[value='breaking']").uncheck();
            page.locator("input[value='section:europe']").check();
            page.locator("[data-push-subscribe] button").click();
            assertThat(page.locator(".push-panel__status")).containsText("Saved");
            assertThat(topics(endpoint)).containsExactly("section:europe");

            page.reload();
            assertThat(page.locator("input[value='section:europe']")).isChecked();
            assertThat(page.locator("input[value='breaking']")).not().isChecked();

            page.locator("[data-push-unsubscribe] button").click();
            assertThat(page.locator(".push-panel__status")).containsText("no more notifications");
            assertThat(topics(endpoint)).isEmpty();
        }
    }

    @Test
    void theWorkerShowsAPushedMessageAsANotification() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            context.grantPermissions(List.of("notifications"));
            Page page = context.newPage();
            page.navigate(base() + "/en/notifications");
            page.evaluate("() => navigator.serviceWorker.register('/push-worker.js', {scope: '/'})"
                    + ".then(() => navigator.serviceWorker.ready)");
            CDPSession cdp = context.newCDPSession(page);
            String[] activated = new String[1];
            cdp.on(
                    "ServiceWorker.workerVersionUpdated",
                    event -> event.getAsJsonArray("versions").forEach(v -> {
                        JsonObject version = v.getAsJsonObject();
                        if ("activated".equals(version.get("status").getAsString())) {
                            activated[0] = version.get("registrationId").getAsString();
                        }
                    }));
            cdp.send("ServiceWorker.enable");
            page.waitForCondition(() -> activated[0] != null);

            JsonObject push = new JsonObject();
            push.addProperty("origin", base());
            push.addProperty("registrationId", activated[0]);
            push.addProperty(
                    "data",
                    "{\"title\":\"Breaking: the test\",\"body\":\"A lead\",\"url\":\"/s/abc\",\"tag\":\"article-1\"}");
            // DevTools drops a message that reaches a worker still starting, so it is sent again until
            // shown; the tag makes a second delivery replace the first
            long[] sent = {0};
            page.waitForCondition(() -> {
                if (System.nanoTime() - sent[0] > 3_000_000_000L) {
                    cdp.send("ServiceWorker.deliverPushMessage", push);
                    sent[0] = System.nanoTime();
                }
                return "Breaking: the test A lead /s/abc"
                        .equals(page.evaluate("() => navigator.serviceWorker.ready.then(r => r.getNotifications())"
                                + ".then(n => n.length ? n[0].title + ' ' + n[0].body + ' '"
                                + " + new URL(n[0].data.url, location.origin).pathname : '')"));
            });
        }
    }

    /** Replaces the browser's subscribe, which would need a push service on the internet. */
    private static String fakeSubscribe(String endpoint) {
        String key = P256.base64url(P256.encode((ECPublicKey) P256.generate().getPublic()));
        String auth = P256.base64url(new byte[16]);
        // the browser keeps a subscription across pages, so the replacement keeps its own in localStorage
        return "const fakeSubscription = options => ({ endpoint: '" + endpoint + "', options,"
                + " toJSON() { return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: '" + key
                + "', auth: '" + auth + "' } }; },"
                + " unsubscribe() { localStorage.removeItem('test.subscribed'); return Promise.resolve(true); } });"
                + " PushManager.prototype.subscribe = function (options) {"
                + " localStorage.setItem('test.subscribed', 'yes'); return Promise.resolve(fakeSubscription(options)); };"
                + " PushManager.prototype.getSubscription = function () {"
                + " return Promise.resolve(localStorage.getItem('test.subscribed') ? fakeSubscription(null) : null); };";
    }

    private List<String> topics(String endpoint) {
        return jdbc.sql("select t.topic from push_topic t join push_subscription s on s.id = t.subscription_id"
                        + " where s.endpoint = ? order by t.topic")
                .param(endpoint)
                .query(String.class)
                .list();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
