package io.tribune.publishing.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Multimedia as readers get it: the listing, the viewer's page without scripts, and the front page's block. */
@TribuneTest
class MultimediaTests {

    private static final Pattern SLIDE = Pattern.compile(
            "<li class=\"gallery__slide\".*?<img src=\"[^\"]+\" srcset=\"([^\"]+)\".*?alt=\"([^\"]*)\".*?"
                    + "<span class=\"caption\">([^<]*)</span> <span class=\"credit\">([^<]*)</span>",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    Galleries galleries;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "es", "ar"})
    void everyEditionListsItsDemoGalleryAndShowsEveryPictureWithCaptionCreditAndWidths(String edition) {
        SiteClient site = new SiteClient(port);
        GalleryCard demo = galleries.latest(edition, 10).getLast();

        String list = site.get("/" + edition + "/multimedia").body();
        assertThat(list)
                .contains("href=\"" + demo.path() + "\"")
                .contains(demo.cover().srcset());
        assertThat(demo.cover().srcset()).contains(" 480w").contains(" 1440w");

        HttpResponse<String> answer = site.get(demo.path());
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String[]> slides = slides(answer.body());
        assertThat(slides).hasSize(6);
        for (String[] slide : slides) {
            assertThat(slide[0]).contains(" 480w").contains(" 960w").contains(" 1440w");
            assertThat(slide[2]).isNotBlank().isEqualTo(slide[1]);
            assertThat(slide[3]).startsWith("©");
        }
        assertThat(answer.body())
                .contains("\"@type\":\"ImageGallery\"")
                .contains("\"creditText\"")
                .contains("<meta name=\"robots\" content=\"max-image-preview:large\">");
    }

    @Test
    void theFrontPageShowsMultimedia() {
        String front = new SiteClient(port).get("/es/").body();

        assertThat(front).contains("class=\"block front-multimedia\"");
        String block = front.substring(front.indexOf("front-multimedia"));
        assertThat(block).contains("href=\"/es/multimedia\"").contains("gallery-card");
    }

    @Test
    void pagesBeyondTheLastAreNotFoundAndMalformedOnesAreBadRequests() {
        SiteClient site = new SiteClient(port);

        assertThat(site.get("/en/multimedia?page=2").statusCode()).isEqualTo(404);
        assertThat(site.get("/en/multimedia?page=0").statusCode()).isEqualTo(400);
        assertThat(site.get("/en/multimedia?page=%27%20or%201=1").statusCode()).isEqualTo(400);
        assertThat(site.get("/en/multimedia?page=99999999999").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = site.get("/ru/multimedia/no-such-gallery");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("lang=\"ru\"");
        assertThat(site.get("/en/multimedia/UPPER").statusCode()).isEqualTo(404);
    }

    /** Each slide's srcset, alt text, caption and credit. */
    private static List<String[]> slides(String html) {
        Matcher matcher = SLIDE.matcher(html);
        List<String[]> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)});
        }
        return found;
    }
}
