package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.Staff;
import io.tribune.support.TribuneNode;
import io.tribune.support.TribuneNodes;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two Tribunes on one PostgreSQL database, as two nodes behind a load balancer: an administrator's policy
 * dry run started on one is answered by the other while it runs and once it is done, and the other refuses
 * a second one meanwhile. Skipped where PostgreSQL is not running (CI starts it).
 */
class ModerationDryRunNodesTests {

    @Test
    void aDryRunStartedOnOneNodeIsPolledOnTheOther() throws Exception {
        try (TribuneNodes nodes = TribuneNodes.onFreshSchema()) {
            TribuneNode first = nodes.start();
            TribuneNode second = nodes.start();
            JdbcClient jdbc = first.bean(JdbcClient.class);
            String policyVersion = first.bean(PrivacyPolicy.class).version();
            PasswordEncoder passwords = first.bean(PasswordEncoder.class);
            long admin = new Staff(jdbc, passwords, policyVersion, first.port()).withRole("Node Admin", "ADMIN", null);
            Browser onFirst = new Staff(jdbc, passwords, policyVersion, first.port()).signedIn(admin);
            Browser onSecond = new Staff(jdbc, passwords, policyVersion, second.port()).signedIn(admin);
            assertThat(onSecond.get("/en/moderation/policy/dry-run").statusCode())
                    .isEqualTo(404);
            String form = onFirst.get("/en/moderation/policy").body();

            HttpResponse<String> started =
                    onFirst.post("/en/moderation/policy/dry-run", form, ModerationPolicyTests.fields(form));

            assertThat(started.statusCode()).isEqualTo(202);
            HttpResponse<String> again = onSecond.post(
                    "/en/moderation/policy/dry-run",
                    onSecond.get("/en/moderation/policy").body(),
                    ModerationPolicyTests.fields(form));
            // refused while the first node runs it, or started anew once it is done: never two at once
            assertThat(again.statusCode()).isIn(202, 409);
            String done = finished(onSecond);
            assertThat(done).contains("Nothing was saved.");
            assertThat(onFirst.get("/en/moderation/policy/dry-run").body()).contains("Nothing was saved.");
            assertThat(jdbc.sql("select count(distinct node) from policy_dry_run")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** The run's place once it is done, asked for on the second node as htmx asks while it runs. */
    private static String finished(Browser browser) throws InterruptedException {
        for (int asked = 0; asked < 1200; asked++) {
            HttpResponse<String> place = browser.get("/en/moderation/policy/dry-run", Map.of("HX-Request", "true"));
            assertThat(place.statusCode()).isEqualTo(200);
            if (!place.body().contains("hx-trigger=\"load delay:1s\"")) {
                return place.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dry run did not end in two minutes");
    }
}
