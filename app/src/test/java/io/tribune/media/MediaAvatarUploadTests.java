package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.media.AvatarUpload.Refusal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The checks and re-encoding of an uploaded avatar, without the site around them. */
class MediaAvatarUploadTests {

    private final AvatarPictures pictures = new AvatarPictures(Avatars.MAX_BYTES, Avatars.MAX_PIXELS, List.of(256, 64));

    @Test
    void aPhotoBecomesCentredSquaresOfEverySize() throws IOException {
        AvatarPictures.Outcome outcome = pictures.squares(TestPictures.jpeg(1200, 600));

        assertThat(outcome.refusal()).isNull();
        BufferedImage large = decode(outcome.squares().get(256));
        BufferedImage small = decode(outcome.squares().get(64));
        assertThat(large.getWidth()).isEqualTo(256);
        assertThat(large.getHeight()).isEqualTo(256);
        assertThat(small.getWidth()).isEqualTo(64);
        // the red disc sat in the middle of the wide photo: the crop kept the middle
        int centre = large.getRGB(128, 128);
        assertThat((centre >> 16) & 0xFF).isGreaterThan(200);
        assertThat(centre & 0xFF).isLessThan(60);
    }

    @Test
    void pngWithTransparencyAndWebpAreAccepted() {
        assertThat(pictures.squares(TestPictures.png(300, 400)).refusal()).isNull();
        assertThat(pictures.squares(TestPictures.WEBP_LOSSLESS).refusal()).isNull();
        assertThat(pictures.squares(TestPictures.WEBP_LOSSY).refusal()).isNull();
    }

    @Test
    void aWebpAnnouncingMoreThanSixteenMegapixelsIsRefusedBeforeDecoding() {
        // the 1x1 lossless sample with its VP8L header saying 5000x5000 (25 MP: fine for JPEG, not WebP)
        byte[] big = TestPictures.WEBP_LOSSLESS.clone();
        int header = (big[21] & 0xFF) | (big[22] & 0xFF) << 8 | (big[23] & 0xFF) << 16 | (big[24] & 0xFF) << 24;
        int announced = (header & ~0x0FFFFFFF) | 4999 | 4999 << 14;
        for (int i = 0; i < 4; i++) {
            big[21 + i] = (byte) (announced >>> (8 * i));
        }
        assertThat(big[20]).isEqualTo((byte) 0x2f);

        assertThat(pictures.squares(big).refusal()).isEqualTo(AvatarUpload.Refusal.TOO_MANY_PIXELS);
    }

    @Test
    void cmykAndYcckPhotosFromPrintWorkflowsAreAcceptedInTheirColours() throws IOException {
        for (boolean isYcck : new boolean[] {false, true}) {
            AvatarPictures.Outcome outcome = pictures.squares(TestPictures.cmyk(600, 400, isYcck));

            assertThat(outcome.refusal()).as(isYcck ? "YCCK" : "CMYK").isNull();
            BufferedImage square = decode(outcome.squares().get(256));
            int left = square.getRGB(20, 128);
            int right = square.getRGB(235, 128);
            // printed red on the left, blue on the right: converted to RGB, not read as four odd channels
            assertThat((left >> 16) & 0xFF).isGreaterThan(180);
            assertThat(left & 0xFF).isLessThan(90);
            assertThat(right & 0xFF).isGreaterThan(100);
            assertThat((right >> 16) & 0xFF).isLessThan(90);
        }
    }

    @Test
    void aTruncatedCmykPhotoIsRefusedAsUnreadable() {
        assertThat(pictures.squares(TestPictures.truncated(TestPictures.cmyk(400, 400, false)))
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
    }

    @Test
    void warningsAboutColourProfilesAreNotDamage() {
        assertThat(AvatarPictures.isAboutColours(
                        "No embedded ICC color profile, will convert using inaccurate CMYK to RGB conversion."))
                .isTrue();
        assertThat(AvatarPictures.isAboutColours("Corrupt JPEG data: premature end of data segment"))
                .isFalse();
        assertThat(AvatarPictures.isAboutColours("Truncated File - Missing EOI marker"))
                .isFalse();
        assertThat(AvatarPictures.isAboutColours(null)).isFalse();
    }

    @Test
    void aLargePhotoIsDecodedSubsampled() {
        assertThat(pictures.squares(TestPictures.jpeg(4000, 3000)).squares()).containsOnlyKeys(256, 64);
    }

    @Test
    void anythingAppendedToTheJpegIsGoneAfterReEncoding() {
        AvatarPictures.Outcome outcome = pictures.squares(TestPictures.polyglot());

        assertThat(outcome.refusal()).isNull();
        for (byte[] square : outcome.squares().values()) {
            String text = new String(square, StandardCharsets.ISO_8859_1);
            assertThat(text)
                    .doesNotContain("PK\u0003\u0004")
                    .doesNotContain("<script")
                    .doesNotContain("<html");
        }
    }

    @Test
    void metadataOfTheUploadIsNotKept() {
        AvatarPictures.Outcome outcome = pictures.squares(TestPictures.jpegWithScriptComment());

        assertThat(outcome.refusal()).isNull();
        assertThat(new String(outcome.squares().get(256), StandardCharsets.ISO_8859_1))
                .doesNotContain("<script");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestPictures.pngBomb(20_000);

        assertThat(bomb.length).isLessThan(2_000);
        assertThat(pictures.squares(bomb).refusal()).isEqualTo(Refusal.TOO_MANY_PIXELS);
    }

    @Test
    void hostileFilesAreRefusedWithTheirReason() {
        assertThat(pictures.squares(new byte[0]).refusal()).isEqualTo(Refusal.EMPTY);
        assertThat(pictures.squares(null).refusal()).isEqualTo(Refusal.EMPTY);
        assertThat(pictures.squares(new byte[Avatars.MAX_BYTES + 1]).refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(pictures.squares("just text, named photo.jpg".getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(pictures.squares(TestPictures.GIF).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(pictures.squares(TestPictures.SVG).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
        assertThat(pictures.squares(new byte[] {'B', 'M', 0, 0}).refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
    }

    @Test
    void truncatedPicturesAreRefusedAsUnreadable() {
        assertThat(pictures.squares(TestPictures.truncated(TestPictures.jpeg(400, 400)))
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
        assertThat(pictures.squares(TestPictures.truncated(TestPictures.png(400, 400)))
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
        assertThat(pictures.squares(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                        .refusal())
                .isEqualTo(Refusal.UNREADABLE);
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }
}
