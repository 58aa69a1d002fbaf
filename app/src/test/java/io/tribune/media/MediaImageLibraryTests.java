package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads through the image library's facade, stored and served over HTTP. */
@TribuneTest
class MediaImageLibraryTests {

    @LocalServerPort
    int port;

    @Autowired
    ImageUploads uploads;

    @Autowired
    ImageStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAcceptedUploadIsServedAtAddressesNamingItsContentForAYear() throws IOException {
        ImageUpload answer = uploads.accept(
                new ByteArrayInputStream(TestPictures.jpeg(2000, 1000)),
                " Harbour at dawn ",
                "© Agency / Photographer");

        ImageRef image = ((ImageUpload.Stored) answer).image();
        assertThat(image.caption()).isEqualTo("Harbour at dawn");
        assertThat(image.width()).isEqualTo(1440);
        assertThat(image.height()).isEqualTo(720);
        assertThat(image.digest()).matches("[0-9a-f]{16}");
        assertThat(image.largest()).isEqualTo("/media/" + image.id() + "/" + image.digest() + "/1440.jpg");
        assertThat(image.srcset()).contains(image.src(480) + " 480w", image.src(960) + " 960w");

        SiteClient site = new SiteClient(port);
        HttpResponse<byte[]> served = site.bytes("GET", image.src(960), Map.of());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "immutable", "public");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body())).getWidth())
                .isEqualTo(960);
        assertThat(site.get(MediaPaths.rendition(image.id(), "0123456789abcdef", 960))
                        .statusCode())
                .isEqualTo(404);
        assertThat(site.get(MediaPaths.rendition(image.id(), image.digest(), 700))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRefusedUploadLeavesNoRowAndNoFile() {
        long before = images();
        long next = jdbc.sql("select coalesce(max(id), 0) + 1 from image")
                .query(Long.class)
                .single();

        assertThat(uploads.accept(TestPictures.pngBomb(60_000), "Bomb", "Nobody"))
                .isEqualTo(new ImageUpload.Refused(ImageUpload.Refusal.TOO_MANY_PIXELS));
        assertThat(uploads.accept(TestPictures.truncated(TestPictures.jpeg(1600, 900)), "Cut", "Nobody"))
                .isEqualTo(new ImageUpload.Refused(ImageUpload.Refusal.UNREADABLE));
        assertThat(uploads.accept(TestPictures.jpeg(1600, 900), "", "Nobody"))
                .isEqualTo(new ImageUpload.Refused(ImageUpload.Refusal.CAPTION));
        assertThat(uploads.accept(TestPictures.jpeg(1600, 900), "A caption", "x".repeat(201)))
                .isEqualTo(new ImageUpload.Refused(ImageUpload.Refusal.CREDIT));

        assertThat(images()).isEqualTo(before);
        assertThat(store.read(next, 480)).isEmpty();
    }

    private long images() {
        return jdbc.sql("select count(*) from image").query(Long.class).single();
    }
}
