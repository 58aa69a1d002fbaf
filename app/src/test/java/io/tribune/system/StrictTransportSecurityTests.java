package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.ProxiedTribuneTest;
import io.tribune.SiteClient;
import io.tribune.publishing.Articles;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A site whose public address is https tells browsers to come back only over https, on every answer:
 * TLS ends at the proxy, so the request Tribune sees is plain HTTP and cannot be the test.
 */
@ProxiedTribuneTest
class StrictTransportSecurityTests {

    private static final String HSTS = "max-age=31536000; includeSubDomains";

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    MeterRegistry meters;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void keptArticlePageTellsBrowsersToUseHttpsOnly() throws InterruptedException {
        String path =
                articles.latest("es", null, null, 1, 1).articles().getFirst().path();
        HttpResponse<String> rendered = site.get(path);
        double keptBefore = meters.counter("tribune.kept.pages").count();

        HttpResponse<String> kept = site.get(path);

        assertThat(keptPagesServedSince(keptBefore)).as("served as a kept page").isTrue();
        assertThat(kept.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
        assertThat(rendered.headers().firstValue("Strict-Transport-Security")).hasValue(HSTS);
    }

    /** The valve counts a kept page after its last byte is sent, so the count may trail the answer. */
    private boolean keptPagesServedSince(double before) throws InterruptedException {
        for (int wait = 0; wait < 100; wait++) {
            if (meters.counter("tribune.kept.pages").count() > before) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void ordinaryPagesRedirectsAndErrorsTellBrowsersToUseHttpsOnly() {
        for (String path : new String[] {"/en/", "/", "/en/news?page=2", "/en/rss.xml", "/assets/css/site.css"}) {
            assertThat(site.get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValue(HSTS);
        }
        for (String path :
                new String[] {"/en/world/no-such-article", "/en/news?page=abc", "/en/news?q=" + "a".repeat(5_000)}) {
            HttpResponse<String> error = site.get(path);
            assertThat(error.statusCode()).as(path).isIn(400, 404);
            assertThat(error.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValue(HSTS);
        }
    }
}
