package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import io.tribune.media.ImageRef;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@TribuneTest
class ArticlePageTests {

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    ApplicationContext context;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void pictureInsideTheBodyHasCaptionCreditAndLazyResponsiveImage() {
        ArticleView article =
                articles.article("en", "port-workers-extend-strike").orElseThrow();
        ImageRef picture = article.body().stream()
                .filter(Block.Picture.class::isInstance)
                .map(block -> ((Block.Picture) block).image())
                .findFirst()
                .orElseThrow();

        String body = bodyOf(site.get(article.card().path()).body());

        assertThat(picture.id()).isNotEqualTo(article.image().id());
        assertThat(body)
                .contains("<figure class=\"article__picture\">")
                .contains("srcset=\"" + picture.srcset() + "\"")
                .contains("loading=\"lazy\"")
                .contains("<span class=\"caption\">" + picture.caption() + "</span>")
                .contains("<span class=\"credit\">" + picture.credit() + "</span>");
        assertThat(site.get(picture.src(480)).statusCode()).isEqualTo(200);
    }

    @Test
    void everyEditionHasArticlesWithPicturesInTheirBodies() {
        for (String edition : new String[] {"en", "ru", "es", "ar"}) {
            long withPictures = articles.latest(edition, null, null, 1, 50).articles().stream()
                    .map(card -> articles.article(edition, card.slug()).orElseThrow())
                    .filter(view -> view.body().stream().anyMatch(Block.Picture.class::isInstance))
                    .count();
            assertThat(withPictures).as(edition).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void bodyPictureThatIsNotThereIsLeftOut() {
        String path = new TestArticles(context)
                .publish(
                        "en",
                        "missing-pictures",
                        "Pictures that are not there",
                        "First paragraph.\n\n::picture 999999999\n\n::picture 0\n\n::picture 99999999999999999999");

        HttpResponse<String> page = site.get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(bodyOf(page.body()))
                .doesNotContain("<figure", "::picture 999999999<")
                .contains("First paragraph.");
    }

    @Test
    void articleOffersShareLinksThatCarryItsAddressAndNoScripts() {
        ArticleView article =
                articles.article("en", "port-workers-extend-strike").orElseThrow();
        String address = encoded("http://localhost:" + port + article.card().path());

        String share = shareOf(site.get(article.card().path()).body());

        assertThat(share)
                .contains("<nav class=\"share\" aria-label=\"Share this article\">")
                .contains("href=\"mailto:?subject=" + encoded(article.title()) + "&amp;body=" + address + "\"")
                .contains("href=\"https://x.com/intent/post?url=" + address + "&amp;text=" + encoded(article.title()))
                .contains("href=\"https://www.facebook.com/sharer/sharer.php?u=" + address + "\"")
                .contains("href=\"https://t.me/share/url?url=" + address)
                .contains("href=\"https://wa.me/?text=")
                .contains("href=\"https://www.linkedin.com/sharing/share-offsite/?url=" + address + "\"")
                .contains("data-copy-text=\"http://localhost:" + port
                        + article.card().path() + "\"")
                .contains(">Copy link</button>")
                .doesNotContain("vk.com", "<script", "<iframe", "<img");
    }

    @Test
    void shareLinksSpeakEveryEditionsLanguageAndTheRussianOneOffersVk() {
        Map<String, String> labels = Map.of(
                "en",
                "Share this article",
                "ru",
                "Поделиться статьёй",
                "es",
                "Compartir el artículo",
                "ar",
                "شارك المقال");
        labels.forEach((edition, label) -> {
            String path = articles.latest(edition, null, null, 1, 1)
                    .articles()
                    .getFirst()
                    .path();
            assertThat(shareOf(site.get(path).body())).as(edition).contains("aria-label=\"" + label + "\"");
        });
        String russian =
                articles.latest("ru", null, null, 1, 1).articles().getFirst().path();
        assertThat(shareOf(site.get(russian).body()))
                .contains("href=\"https://vk.com/share.php?url=", ">ВКонтакте</a>", ">Эл. почта</a>");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shareOf(String html) {
        int start = html.indexOf("<nav class=\"share\"");
        assertThat(start).as("share links on the page").isNotNegative();
        return html.substring(start, html.indexOf("</nav>", start));
    }

    private static String bodyOf(String html) {
        int start = html.indexOf("<div class=\"article__body\">");
        return html.substring(start, html.indexOf("</div>", start));
    }
}
