package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.media.ImageUpload.Refusal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The checks and re-encoding of a picture uploaded for an article or gallery, without the site around them. */
class MediaImageUploadTests {

    private final UploadedPictures pictures =
            new UploadedPictures(ImageUploads.MAX_BYTES, ImageUploads.MAX_PIXELS, 480, List.of(480, 960, 1440));

    @Test
    void aPhotoIsStoredInEveryWidthKeepingItsProportions() throws IOException {
        UploadedPictures.Outcome outcome = pictures.renditions(TestPictures.jpeg(3000, 2000));

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.renditions()).containsOnlyKeys(480, 960, 1440);
        for (int width : List.of(480, 960, 1440)) {
            BufferedImage rendition = decode(outcome.renditions().get(width));
            assertThat(rendition.getWidth()).isEqualTo(width);
            assertThat(rendition.getHeight()).isEqualTo(width * 2 / 3);
        }
        assertThat(outcome.width()).isEqualTo(1440);
        assertThat(outcome.height()).isEqualTo(960);
    }

    @Test
    void aNarrowerPhotoIsNeverEnlarged() throws IOException {
        UploadedPictures.Outcome outcome = pictures.renditions(TestPictures.png(700, 350));

        assertThat(outcome.refusal()).isNull();
        assertThat(decode(outcome.renditions().get(1440)).getWidth()).isEqualTo(700);
        assertThat(decode(outcome.renditions().get(480)).getWidth()).isEqualTo(480);
        assertThat(outcome.width()).isEqualTo(700);
    }

    @Test
    void aPhotoNarrowerThanTheSmallestWidthIsRefused() {
        assertThat(pictures.renditions(TestPictures.jpeg(300, 200)).refusal()).isEqualTo(Refusal.TOO_SMALL);
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUpright() throws IOException {
        // stored landscape, EXIF 6: shown turned a quarter clockwise, so portrait
        byte[] stored = TestPictures.quadrants(
                1200,
                800,
                TestPictures.TOP_RIGHT,
                TestPictures.BOTTOM_RIGHT,
                TestPictures.TOP_LEFT,
                TestPictures.BOTTOM_LEFT);
        UploadedPictures.Outcome outcome = pictures.renditions(TestPictures.withOrientation(stored, 6, false));

        BufferedImage upright = decode(outcome.renditions().get(480));
        assertThat(upright.getWidth()).isEqualTo(480);
        assertThat(upright.getHeight()).isEqualTo(720);
        assertThat(isNear(upright.getRGB(40, 40), TestPictures.TOP_LEFT)).isTrue();
        assertThat(isNear(upright.getRGB(440, 680), TestPictures.BOTTOM_RIGHT)).isTrue();
    }

    @Test
    void whatIsStoredCarriesNothingOfTheUploadButItsPixels() {
        byte[] commented = TestPictures.concat(TestPictures.jpegWithScriptComment());
        byte[] large = TestPictures.concat(
                TestPictures.jpeg(800, 600), "<script>alert('appended')</script>".getBytes(StandardCharsets.US_ASCII));

        for (byte[] upload : List.of(large, TestPictures.withOrientation(TestPictures.jpeg(900, 600), 1, true))) {
            UploadedPictures.Outcome outcome = pictures.renditions(upload);
            assertThat(outcome.refusal()).isNull();
            for (byte[] jpeg : outcome.renditions().values()) {
                String text = new String(jpeg, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain("script").doesNotContain("Exif");
            }
        }
        // the avatar-sized sample is refused as too small, never stored with its comment
        assertThat(pictures.renditions(commented).refusal()).isEqualTo(Refusal.TOO_SMALL);
    }

    @Test
    void whatIsNotAPhotoIsRefusedByItsContentWhateverItIsCalled() {
        assertThat(pictures.renditions(new byte[0]).refusal()).isEqualTo(Refusal.EMPTY);
        assertThat(pictures.renditions("just some text, named photo.jpg".getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(pictures.renditions("%PDF-1.7 not a picture".getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(pictures.renditions(TestPictures.GIF).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
    }

    @Test
    void anSvgWithAScriptIsRefused() {
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2000\" height=\"1000\">"
                        + "<script>alert(document.cookie)</script><rect width=\"2000\" height=\"1000\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(pictures.renditions(svg).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(pictures.renditions(TestPictures.SVG).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
    }

    @Test
    void aPictureAnnouncingHugeDimensionsIsRefusedBeforeDecoding() {
        // a few hundred bytes announcing 60,000 x 60,000 pixels: decoded, 10 GB
        byte[] bomb = TestPictures.pngBomb(60_000);
        assertThat(bomb.length).isLessThan(2_000);

        assertThat(pictures.renditions(bomb).refusal()).isEqualTo(Refusal.TOO_MANY_PIXELS);
    }

    @Test
    void aTruncatedPhotoIsRefusedAsUnreadable() {
        assertThat(pictures.renditions(TestPictures.truncated(TestPictures.jpeg(1600, 1200)))
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
        assertThat(pictures.renditions(TestPictures.truncated(TestPictures.png(1600, 1200)))
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
    }

    @Test
    void anUploadOverTheByteLimitIsRefusedUnread() {
        byte[] huge = new byte[ImageUploads.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        assertThat(pictures.renditions(huge).refusal()).isEqualTo(Refusal.TOO_LARGE);
    }

    @Test
    void captionsAndCreditsMustBeCleanText() {
        assertThat(ImageUploads.isCleanText("Rescuers at the harbour", 500)).isTrue();
        assertThat(ImageUploads.isCleanText("Спасатели в порту 🚒", 500)).isTrue();
        assertThat(ImageUploads.isCleanText(null, 500)).isFalse();
        assertThat(ImageUploads.isCleanText("   ", 500)).isFalse();
        assertThat(ImageUploads.isCleanText("x".repeat(501), 500)).isFalse();
        assertThat(ImageUploads.isCleanText("half a pair \uD83D here", 500)).isFalse();
        assertThat(ImageUploads.isCleanText("\uDE92 backwards", 500)).isFalse();
        assertThat(ImageUploads.isCleanText("bell\u0007", 500)).isFalse();
        assertThat(ImageUploads.isCleanText("replaced \uFFFD byte", 500)).isFalse();
    }

    private static boolean isNear(int rgb, Color expected) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - expected.getRed()) < 40
                && Math.abs(g - expected.getGreen()) < 40
                && Math.abs(b - expected.getBlue()) < 40;
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }
}
