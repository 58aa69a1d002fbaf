package io.tribune.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import io.tribune.support.Staff;
import io.tribune.support.TribuneNode;
import io.tribune.support.TribuneNodes;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two Tribunes on one PostgreSQL database, as two nodes behind a load balancer: a password changed on
 * one node ends the account's other sessions on every node before the change is answered, so a session
 * an attacker holds on the other node is refused at its very next request. A node that kept the
 * account's stamp for a while would let that request through. Skipped where PostgreSQL is not running
 * (CI starts it).
 */
class SessionStampsNodesTests {

    private static final String NEW_PASSWORD = "a passphrase nobody else knows";

    @Test
    void aPasswordChangedOnOneNodeEndsTheOldSessionOnTheOtherNodeAtOnce() throws Exception {
        try (TribuneNodes nodes = TribuneNodes.onFreshSchema()) {
            TribuneNode first = nodes.start();
            TribuneNode second = nodes.start();
            Staff onFirst = Staff.of(first.context(), first.port());
            long account = onFirst.reader("Sarah Jane Smith", "en");
            Browser attacker = Staff.of(second.context(), second.port()).signedIn(account);
            Browser owner = onFirst.signedIn(account);
            // the attacker's session has been checked, and its stamp seen, on the second node
            assertThat(attacker.get("/en/account/bar").statusCode()).isEqualTo(200);
            assertThat(attacker.get("/en/account").statusCode()).isEqualTo(200);

            String profile = owner.get("/en/account").body();
            HttpResponse<String> changed = owner.post(
                    "/en/account/password", profile, Map.of("current", Staff.PASSWORD, "password", NEW_PASSWORD));

            assertThat(changed.body()).contains("Your password is changed.");
            assertThat(attacker.get("/en/account/bar").statusCode())
                    .as("the old session on the other node, right after the change")
                    .isEqualTo(204);
            assertThat(attacker.get("/en/account").statusCode()).isEqualTo(302);
            assertThat(owner.get("/en/account/bar").statusCode())
                    .as("the session that changed it carries on")
                    .isEqualTo(200);
        }
    }
}
