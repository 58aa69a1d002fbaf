package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneTest;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded demo without SMTP: its letters are listed for whoever sits at this machine. */
@TribuneTest
class AccountsDemoMailTests {

    @LocalServerPort
    int port;

    @Test
    void demoListsItsLettersToThisMachine() {
        Browser visitor = new Browser(port);
        String page = visitor.get("/en/account/recover").body();
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("email", "admin@tribune.localhost");
        fields.put("altcha", Browser.solveCaptcha(page));
        visitor.post("/en/account/recover", page, fields);

        HttpResponse<String> viewer = visitor.get("/dev/mail");

        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("admin@tribune.localhost").contains("/en/account/reset?token=");
    }
}
