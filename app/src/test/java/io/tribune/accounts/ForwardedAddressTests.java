package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.ProxiedTribuneTest;
import io.tribune.accounts.core.LoginThrottle;
import io.tribune.support.Browser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log-in throttle counts per network address. Behind a proxy that address comes from
 * {@code X-Forwarded-For}, which only the proxy may set: anyone else could send a new one with every
 * guess and never meet the captcha. Each test fails log-ins from addresses of its own, so they need no
 * clean-up between them (no other test of this context logs in).
 */
@ProxiedTribuneTest
class ForwardedAddressTests {

    private static final String CAPTCHA = "altcha-widget";

    @LocalServerPort
    int port;

    @Test
    void forgedForwardedForDoesNotMoveTheLogInThrottle() throws UnknownHostException {
        InetAddress attacker = InetAddress.getByName("127.0.0.1");
        for (int guess = 1; guess <= LoginThrottle.CAPTCHA_AFTER; guess++) {
            failLogIn(Browser.from(port, attacker, Map.of("X-Forwarded-For", "203.0.113." + guess)), guess);
        }

        Browser nextForgery = Browser.from(port, attacker, Map.of("X-Forwarded-For", "198.51.100.77"));
        assertThat(nextForgery.get("/en/account/login").body()).contains(CAPTCHA);
    }

    @Test
    void theProxysForwardedForIsTheReadersAddress() throws UnknownHostException {
        InetAddress proxy = InetAddress.getByName(ProxiedTribuneTest.PROXY_ADDRESS);
        assumeTrue(canConnectFrom(proxy), "this machine has no loopback alias " + proxy.getHostAddress());
        for (int guess = 1; guess <= LoginThrottle.CAPTCHA_AFTER; guess++) {
            failLogIn(Browser.from(port, proxy, Map.of("X-Forwarded-For", "203.0.113.9")), guess);
        }

        Browser sameReader = Browser.from(port, proxy, Map.of("X-Forwarded-For", "203.0.113.9"));
        Browser otherReader = Browser.from(port, proxy, Map.of("X-Forwarded-For", "203.0.113.10"));
        assertThat(sameReader.get("/en/account/login").body()).contains(CAPTCHA);
        assertThat(otherReader.get("/en/account/login").body()).doesNotContain(CAPTCHA);
    }

    /** A wrong password for a different address each time, so only the network address adds up. */
    private static void failLogIn(Browser browser, int guess) {
        String page = browser.get("/en/account/login").body();
        assertThat(page).doesNotContain(CAPTCHA);
        int status = browser.post(
                        "/en/account/login",
                        page,
                        Map.of("email", "guess-" + guess + "@example.org", "password", "wrong guess " + guess))
                .statusCode();
        assertThat(status).isEqualTo(422);
    }

    private static boolean canConnectFrom(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
