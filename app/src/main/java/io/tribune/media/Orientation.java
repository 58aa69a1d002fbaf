package io.tribune.media;

import java.awt.image.BufferedImage;

/**
 * How the stored rows of a photo must be turned or mirrored to stand upright, by EXIF's numbers 1 to 8.
 * The names are TIFF's: where the stored first row and first column belong in the upright picture
 * ({@code RIGHT_TOP}: the first row is its right side, the first column its top, as a phone held
 * upright stores it). Only squares are turned here: the centred square of the stored picture, once
 * turned, is the centred square of the upright one.
 */
enum Orientation {
    TOP_LEFT(1),
    TOP_RIGHT(2),
    BOTTOM_RIGHT(3),
    BOTTOM_LEFT(4),
    LEFT_TOP(5),
    RIGHT_TOP(6),
    RIGHT_BOTTOM(7),
    LEFT_BOTTOM(8);

    private final int exif;

    Orientation(int exif) {
        this.exif = exif;
    }

    /** The orientation EXIF numbers so; as stored ({@code TOP_LEFT}) for any other number. */
    static Orientation ofExif(int number) {
        for (Orientation orientation : values()) {
            if (orientation.exif == number) {
                return orientation;
            }
        }
        return TOP_LEFT;
    }

    /** The square as it should be seen; the same image when nothing needs turning. */
    BufferedImage upright(BufferedImage square) {
        if (this == TOP_LEFT) {
            return square;
        }
        int n = square.getWidth();
        int[] stored = square.getRGB(0, 0, n, n, null, 0, n);
        int[] shown = new int[stored.length];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                shown[y * n + x] = stored[source(x, y, n - 1)];
            }
        }
        int type = square.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage upright = new BufferedImage(n, n, type);
        upright.setRGB(0, 0, n, n, shown, 0, n);
        return upright;
    }

    /** The index of the stored pixel shown at (x, y); {@code last} is the square's last row and column. */
    private int source(int x, int y, int last) {
        int n = last + 1;
        return switch (this) {
            case TOP_LEFT -> y * n + x;
            case TOP_RIGHT -> y * n + (last - x);
            case BOTTOM_RIGHT -> (last - y) * n + (last - x);
            case BOTTOM_LEFT -> (last - y) * n + x;
            case LEFT_TOP -> x * n + y;
            case RIGHT_TOP -> (last - x) * n + y;
            case RIGHT_BOTTOM -> (last - x) * n + (last - y);
            case LEFT_BOTTOM -> x * n + (last - y);
        };
    }
}
