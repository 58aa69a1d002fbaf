package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

@TribuneTest
class ArticleMarkupTests {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void headlineCannotBreakOutOfTheJsonLdScript() {
        String headline = "Leak </script><script>alert(1)</script> <!-- <script> & > end";
        String path = new TestArticles(context).publish("en", "markup-breakout", headline, "Body.");

        String html = new SiteClient(port).get(path).body();

        Matcher script = JSON_LD.matcher(html);
        assertThat(script.find()).as("a JSON-LD script").isTrue();
        String json = script.group(1);
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003cscript\\u003e", "\\u003c!--", "\\u0026");
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(JsonMapper.builder().build().readTree(json).get("headline").asString())
                .isEqualTo(headline);
    }
}
