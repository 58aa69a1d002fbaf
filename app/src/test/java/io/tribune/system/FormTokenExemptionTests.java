package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneTest;
import io.tribune.support.Browser;
import io.tribune.support.Staff;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two posts carry no form token: the service worker's subscription renewal and a mail client's one-click
 * unsubscribe. Their exemptions must not widen: a post without the token to any address next to them, by
 * a stranger or by a signed-in reader whose browser a hostile page drives, is refused (403) and changes
 * nothing, while the two exempt addresses still reach their handlers.
 */
@TribuneTest
class FormTokenExemptionTests {

    private static final List<String> NEIGHBOURS = List.of(
            "/push-worker/renewalx",
            "/push-worker/renewal/",
            "/push-worker/renewal/again",
            "/push-worker/renewal.json",
            "/push-worker/RENEWAL",
            "/push-worker",
            "/push-worker/subscribe",
            "/push-worker.js",
            "/en/push-worker/renewal",
            "/en/notifications/subscribe",
            "/en/notifications/unsubscribe",
            "/en/notifications/chosen",
            "/en/unsubscribe",
            "/en/unsubscribe/",
            "/en/unsubscribe/x/",
            "/en/unsubscribe/x/y",
            "/en/unsubscribex/x",
            "/en/UNSUBSCRIBE/x",
            "/en/account/unsubscribe/x",
            "/en/account",
            "/en/account/name",
            "/en/account/notifications",
            "/en/account/delete",
            "/en/account/login",
            "/en/profile",
            "/en/newsroom/articles");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangersPostWithoutTheTokenNextToTheExemptionsIsRefused() {
        Browser stranger = new Browser(port);

        for (String path : NEIGHBOURS) {
            HttpResponse<String> answer =
                    stranger.postRaw(path, "List-Unsubscribe=One-Click&old=x&subscription=%7B%7D&displayName=X");
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aSignedInReadersPostWithoutTheTokenNextToTheExemptionsIsRefusedAndChangesNothing() {
        Staff staff = Staff.of(context, port);
        staff.forgetQuotasAndFailures();
        long reader = staff.reader("Token Keeper", "en");
        Browser driven = staff.signedIn(reader);

        for (String path : NEIGHBOURS) {
            HttpResponse<String> answer =
                    driven.postRaw(path, "List-Unsubscribe=One-Click&displayName=Renamed&name=Renamed&topics=replies");
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(jdbc.sql("select display_name || ' ' || status from account where id = :id")
                        .param("id", reader)
                        .query(String.class)
                        .single())
                .isEqualTo("Token Keeper ACTIVE");
        assertThat(driven.get("/en/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theTwoExemptPostsStillReachTheirHandlers() {
        // a renewal naming no subscription we know, and a one-click post with a token we never issued: both
        // are answered by their handlers, not refused for want of a form token
        HttpResponse<String> renewal =
                new Browser(port).postRaw("/push-worker/renewal", "old=https%3A%2F%2Fpush.example%2Fnone");
        assertThat(renewal.statusCode()).isNotEqualTo(403).isBetween(200, 499);
        for (String edition : List.of("en", "ru", "es", "ar")) {
            HttpResponse<String> unsubscribe = new Browser(port)
                    .postRaw("/" + edition + "/unsubscribe/1.REPLIES.forged", "List-Unsubscribe=One-Click");
            assertThat(unsubscribe.statusCode()).as(edition).isEqualTo(404);
            assertThat(unsubscribe.body()).as(edition).contains("lang=\"" + edition + "\"");
        }
    }
}
