package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@TribuneTest
class BadInputTests {

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/xx/, 404",
        "/en/no-such-section/, 404",
        "/en/world/no-such-article, 404",
        "/en/tags/no-such-tag, 404",
        "/s/zzzzzzz, 404",
        "/s/!!, 400",
        "/s/abc%00def, 400",
        "/en/news?page=-1, 400",
        "/en/news?page=0, 400",
        "/en/news?page=abc, 400",
        "/en/news?page=99999999999, 400",
        "/en/news?page=9999, 404",
        "/en/news?section=%3Cscript%3E, 400",
        "/en/news?tag=x'%20OR%201=1--, 400",
        "/en/news?section=nope, 404",
        "/en/%2e%2e/%2e%2e/etc/passwd, 400",
        "/en/..%2f..%2fetc/passwd, 400",
        "/en/world/..;/..;/etc, 400",
        "/media/1/480.jpg%00.png, 400",
        "/en/world/rss.xml%3Cx%3E, 404"
    })
    void hostileAddressesGetACleanLocalisedPage(String path, int status) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.", "Whitelabel");
        assertThat(response.body()).contains("<html lang=\"");
    }

    /** Request targets no HTTP client library sends, written on the socket as they are: never a 500. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/\\evil.example/en/account/delete",
                "/en/\\world/",
                "//evil.example/en/",
                "http://evil.example//evil.example/en/",
                "/en/world/%",
                "/en/%ZZ/"
            })
    void requestTargetsNoClientSendsGetAClientErrorNotAServerError(String target) throws IOException {
        String status = rawStatusLine(target);

        assertThat(status).as("answer to GET %s", target).matches("HTTP/1\\.1 [234]\\d\\d.*");
    }

    private String rawStatusLine(String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().findFirst().orElse("");
        }
    }

    @Test
    void errorPagesSpeakTheLanguageOfTheEditionInThePath() {
        assertThat(site.get("/ru/world/no-such-article").body()).contains("Страница не найдена");
        assertThat(site.get("/ar/news?page=abc").body()).contains("dir=\"rtl\"", "تعذّر فهم الطلب");
        assertThat(site.get("/es/news?page=-5").body()).contains("No se ha podido entender la solicitud");
    }

    @Test
    void errorPagesWithoutAnEditionFollowTheBrowserLanguage() {
        assertThat(site.get("/s/zzzzzzz", Map.of("Accept-Language", "es")).body())
                .contains("Página no encontrada");
    }

    @Test
    void overlongQueryStringIsRefusedWithTheLocalisedPage() {
        HttpResponse<String> response = site.get("/en/news?q=" + "a".repeat(5_000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood");
    }

    @Test
    void errorPagesAreNotCached() {
        assertThat(site.get("/en/world/no-such-article").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
    }
}
