package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticlePublished;
import io.tribune.support.NodePushService.Subscription;
import io.tribune.support.PushServer;
import io.tribune.support.Staff;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' page of push sends after a real send: breaking news pushed to the local push
 * service (which decrypts it), then shown with its recipients, deliveries and removals.
 */
@PushTest
class PushSendsPageTests {

    @RegisterExtension
    static final PushServer SERVICE = new PushServer();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PrivacyPolicy privacyPolicy;

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

    @Test
    void theSendsPageShowsASendThatReachedThePushService() {
        // the push journeys share this site: an article none of them sent, and none of their subscribers
        long article = jdbc.sql("select id from article a where edition = 'en'"
                        + " and not exists (select 1 from push_send p where p.article_id = a.id)"
                        + " order by id fetch first 1 rows only")
                .query(Long.class)
                .single();
        jdbc.sql("delete from push_subscription where edition = 'en'").update();
        String title = jdbc.sql("select title from article where id = ?")
                .param(article)
                .query(String.class)
                .single();
        jdbc.sql("update article set breaking = true where id = ?")
                .param(article)
                .update();
        Subscription reading = subscribe();
        Subscription gone = subscribe();
        SERVICE.node().script(gone, "[{\"status\":410}]");

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new ArticlePublished(article, "en")));
        var sender = new PushSender(
                jdbc, new TransactionTemplate(transactions), push, PushTestSettings.local(), Clock.systemUTC());
        while (sender.round() > 0) {
            // each round hands out a batch; none left means the send is done
        }
        assertThat(SERVICE.node().receivedBy(reading)).hasSize(1);

        Staff staff = new Staff(jdbc, passwords, privacyPolicy.version(), port);
        HttpResponse<String> page =
                staff.signedIn(staff.withRole("Send Watcher", "ADMIN", null)).get("/en/notifications/sends");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern(Pattern.quote(
                                "<td>Article: " + title.replace("'", "&#39;").replace("\"", "&#34;"))
                        + "</td>\\s*<td>2</td>\\s*<td>1</td>\\s*<td>0</td>\\s*<td>1</td>\\s*<td>0</td>");
    }

    private Subscription subscribe() {
        Subscription subscription = SERVICE.node().subscribe();
        var outcome = subscriptions.subscribe(
                editions.find("en").orElseThrow(), subscription.json(), List.of("breaking"), Optional.empty());
        assertThat(outcome).isInstanceOf(PushSubscriptions.Subscribed.class);
        return subscription;
    }
}
