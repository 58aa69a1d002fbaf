package io.tribune.media;

import static io.tribune.media.TestPictures.BOTTOM_LEFT;
import static io.tribune.media.TestPictures.BOTTOM_RIGHT;
import static io.tribune.media.TestPictures.TOP_LEFT;
import static io.tribune.media.TestPictures.TOP_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Phone photos carry their orientation in EXIF; the avatar stands upright whatever it says. */
class MediaAvatarOrientationTests {

    private final AvatarPictures pictures = new AvatarPictures(Avatars.MAX_BYTES, Avatars.MAX_PIXELS, List.of(256, 64));

    /**
     * For each EXIF orientation, what the stored quarters show of the upright picture (top-left,
     * top-right, bottom-left, bottom-right), read off the TIFF wording "row 0 is the visual ..., column
     * 0 is the visual ...": orientation 6, for one, stores the upright top-right corner first.
     */
    static Stream<Arguments> orientations() {
        return Stream.of(
                Arguments.of(1, new Color[] {TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT}),
                Arguments.of(2, new Color[] {TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT}),
                Arguments.of(3, new Color[] {BOTTOM_RIGHT, BOTTOM_LEFT, TOP_RIGHT, TOP_LEFT}),
                Arguments.of(4, new Color[] {BOTTOM_LEFT, BOTTOM_RIGHT, TOP_LEFT, TOP_RIGHT}),
                Arguments.of(5, new Color[] {TOP_LEFT, BOTTOM_LEFT, TOP_RIGHT, BOTTOM_RIGHT}),
                Arguments.of(6, new Color[] {TOP_RIGHT, BOTTOM_RIGHT, TOP_LEFT, BOTTOM_LEFT}),
                Arguments.of(7, new Color[] {BOTTOM_RIGHT, TOP_RIGHT, BOTTOM_LEFT, TOP_LEFT}),
                Arguments.of(8, new Color[] {BOTTOM_LEFT, TOP_LEFT, BOTTOM_RIGHT, TOP_RIGHT}));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("orientations")
    void everyOrientationComesOutUpright(int orientation, Color[] stored) throws IOException {
        for (boolean isLittleEndian : new boolean[] {false, true}) {
            byte[] photo =
                    TestPictures.withOrientation(TestPictures.quadrants(400, 400, stored), orientation, isLittleEndian);

            assertUpright(pictures.squares(photo));
        }
    }

    @Test
    void aPortraitPhoneShotStoredSidewaysIsCroppedFromTheUprightCentre() throws IOException {
        // a 3:4 portrait photo, stored by the sensor as 4:3 with orientation 6
        Color[] stored = {TOP_RIGHT, BOTTOM_RIGHT, TOP_LEFT, BOTTOM_LEFT};
        byte[] photo = TestPictures.withOrientation(TestPictures.quadrants(800, 600, stored), 6, false);

        assertUpright(pictures.squares(photo));
    }

    @Test
    void aPngIsNeverTurned() throws IOException {
        BufferedImage square =
                decode(pictures.squares(TestPictures.png(300, 300)).squares().get(256));

        // the gradient of the test picture grows to the right as drawn
        assertThat(green(square.getRGB(250, 5))).isGreaterThan(green(square.getRGB(5, 5)));
    }

    @Test
    void orientationIsReadFromTheExifSegmentOnly() {
        byte[] jpeg = TestPictures.jpeg(100, 100);

        assertThat(JpegExif.orientation(TestPictures.withOrientation(jpeg, 6, false)))
                .isEqualTo(6);
        assertThat(JpegExif.orientation(TestPictures.withOrientation(jpeg, 8, true)))
                .isEqualTo(8);
        assertThat(JpegExif.orientation(jpeg)).isEqualTo(1);
        assertThat(JpegExif.orientation(TestPictures.withApp1(jpeg, ascii("http://ns.adobe.com/xap/1.0/\0<x/>"))))
                .isEqualTo(1);
    }

    @Test
    void hostileExifSegmentsReadAsStoredAndNeverFail() {
        byte[] jpeg = TestPictures.jpeg(100, 100);
        byte[] tagged = TestPictures.withOrientation(jpeg, 6, false);
        int tiff = indexOf(tagged, ascii("Exif\0\0")) + 6;

        assertThat(JpegExif.orientation(null)).isEqualTo(1);
        assertThat(JpegExif.orientation(new byte[0])).isEqualTo(1);
        assertThat(JpegExif.orientation(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(1);
        assertThat(JpegExif.orientation(TestPictures.withOrientation(jpeg, 0, false)))
                .isEqualTo(1);
        assertThat(JpegExif.orientation(TestPictures.withOrientation(jpeg, 9, false)))
                .isEqualTo(1);
        assertThat(JpegExif.orientation(TestPictures.withOrientation(jpeg, 0xFFFF, true)))
                .isEqualTo(1);
        // the directory offset points far beyond the segment
        assertThat(JpegExif.orientation(patched(tagged, tiff + 4, 0x7F, 0xFF, 0xFF, 0xFF)))
                .isEqualTo(1);
        // the directory claims 65535 entries, none of them the orientation
        assertThat(JpegExif.orientation(patched(patched(tagged, tiff + 8, 0xFF, 0xFF), tiff + 10, 0x01, 0x00)))
                .isEqualTo(1);
        // the orientation is said to be text, or many values
        assertThat(JpegExif.orientation(patched(tagged, tiff + 12, 0x00, 0x02))).isEqualTo(1);
        assertThat(JpegExif.orientation(patched(tagged, tiff + 14, 0x00, 0x00, 0x10, 0x00)))
                .isEqualTo(1);
        // not TIFF at all, or a segment length running past the end of the file
        assertThat(JpegExif.orientation(patched(tagged, tiff, 'X', 'X'))).isEqualTo(1);
        assertThat(JpegExif.orientation(TestPictures.withApp1(jpeg, ascii("Exif\0\0"))))
                .isEqualTo(1);
        assertThat(JpegExif.orientation(Arrays.copyOf(tagged, tiff + 10))).isEqualTo(1);
        for (int cut = 0; cut < tiff + 30; cut++) {
            assertThat(JpegExif.orientation(Arrays.copyOf(tagged, cut))).isBetween(1, 8);
        }
    }

    @Test
    void aPhotoWithAHostileExifSegmentStillBecomesAnAvatar() {
        byte[] jpeg = TestPictures.jpeg(200, 200);
        byte[] script = TestPictures.withApp1(jpeg, ascii("Exif\0\0MM\0*<script>alert(1)</script>"));

        AvatarPictures.Outcome outcome = pictures.squares(script);

        assertThat(outcome.refusal()).isNull();
        assertThat(new String(outcome.squares().get(256), StandardCharsets.ISO_8859_1))
                .doesNotContain("<script")
                .doesNotContain("Exif");
    }

    private static void assertUpright(AvatarPictures.Outcome outcome) throws IOException {
        assertThat(outcome.refusal()).isNull();
        for (int size : List.of(256, 64)) {
            BufferedImage square = decode(outcome.squares().get(size));
            int near = size / 8;
            int far = size - 1 - near;
            assertThat(colourAt(square, near, near)).as("top left").isEqualTo(TOP_LEFT);
            assertThat(colourAt(square, far, near)).as("top right").isEqualTo(TOP_RIGHT);
            assertThat(colourAt(square, near, far)).as("bottom left").isEqualTo(BOTTOM_LEFT);
            assertThat(colourAt(square, far, far)).as("bottom right").isEqualTo(BOTTOM_RIGHT);
        }
    }

    /** The nearest of the four test colours, so JPEG's small colour shifts do not matter. */
    private static Color colourAt(BufferedImage image, int x, int y) {
        Color seen = new Color(image.getRGB(x, y));
        return Stream.of(TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT)
                .min(java.util.Comparator.comparingInt(c -> distance(c, seen)))
                .orElseThrow();
    }

    private static int distance(Color a, Color b) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return r * r + g * g + bl * bl;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] patched(byte[] bytes, int at, int... values) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < values.length; i++) {
            copy[at + i] = (byte) values[i];
        }
        return copy;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
