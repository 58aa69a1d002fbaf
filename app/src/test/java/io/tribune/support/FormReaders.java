package io.tribune.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers' browsers logged in through the edition's log-in form, each from a loopback address of its
 * own (127.1.x.y, never the same twice in a test run), so that per-address rules (the flood rule, the
 * posting quota) see different readers; and the one-time submit key of a comment form on a page.
 */
public final class FormReaders {

    private static final Pattern SUBMIT = Pattern.compile("name=\"submit\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private final int port;

    public FormReaders(int port) {
        this.port = port;
    }

    /** A browser that logs in with this address and password, whose every request carries the headers. */
    public Browser loggedIn(String edition, String email, String password, Map<String, String> headers) {
        return loggedIn(edition, email, password, newAddress(), headers);
    }

    /** As {@link #loggedIn(String, String, String, Map)}, from the given address (several readers behind one router). */
    public Browser loggedIn(
            String edition, String email, String password, InetAddress from, Map<String, String> headers) {
        return logIn(Browser.from(port, from, headers), edition, email, password);
    }

    /**
     * Logs the browser in through the edition's log-in form, as its user would, and returns it; fails the
     * test when the form does not sign it in.
     */
    public static Browser logIn(Browser browser, String edition, String email, String password) {
        String login = browser.get("/" + edition + "/account/login").body();
        HttpResponse<String> answer =
                browser.post("/" + edition + "/account/login", login, Map.of("email", email, "password", password));
        assertThat(answer.statusCode()).as("log-in").isEqualTo(302);
        return browser;
    }

    /** The one-time key of the (first) comment form on the page. */
    public static String submitKey(String page) {
        Matcher key = SUBMIT.matcher(page);
        assertThat(key.find()).as("a comment form").isTrue();
        return key.group(1);
    }

    /** A loopback address no reader of this test run has used. */
    public static InetAddress newAddress() {
        int n = ADDRESS.getAndIncrement();
        try {
            return InetAddress.getByName("127.1." + (n / 250) + "." + (1 + n % 250));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
