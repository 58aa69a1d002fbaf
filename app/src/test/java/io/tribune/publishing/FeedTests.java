package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@TribuneTest
class FeedTests {

    @LocalServerPort
    int port;

    @Test
    void enclosuresGiveTheByteLengthOfThePictureTheyPointTo() throws Exception {
        SiteClient site = new SiteClient(port);
        String feed = site.get("/ru/rss.xml").body();

        NodeList enclosures = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("enclosure");

        assertThat(enclosures.getLength()).isPositive();
        for (int i = 0; i < enclosures.getLength(); i++) {
            Element enclosure = (Element) enclosures.item(i);
            String path = enclosure.getAttribute("url").replaceFirst("^http://[^/]+", "");
            byte[] picture = site.bytes("GET", path, Map.of()).body();
            assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
            assertThat(Long.parseLong(enclosure.getAttribute("length")))
                    .as(path)
                    .isPositive()
                    .isEqualTo(picture.length);
        }
    }
}
