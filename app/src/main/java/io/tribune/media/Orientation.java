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

    /** The picture as it should be seen; the same image when nothing needs turning. */
    BufferedImage upright(BufferedImage stored) {
        if (this == TOP_LEFT) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean isTurned = ordinal() >= LEFT_TOP.ordinal();
        int shownWidth = isTurned ? h : w;
        int shownHeight = isTurned ? w : h;
        int[] pixels = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] shown = new int[pixels.length];
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                shown[y * shownWidth + x] = pixels[source(x, y, w, h)];
            }
        }
        int type = stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage upright = new BufferedImage(shownWidth, shownHeight, type);
        upright.setRGB(0, 0, shownWidth, shownHeight, shown, 0, shownWidth);
        return upright;
    }

    /** The index of the stored pixel shown at (x, y) in a stored picture {@code w} wide and {@code h} high. */
    private int source(int x, int y, int w, int h) {
        return switch (this) {
            case TOP_LEFT -> y * w + x;
            case TOP_RIGHT -> y * w + (w - 1 - x);
            case BOTTOM_RIGHT -> (h - 1 - y) * w + (w - 1 - x);
            case BOTTOM_LEFT -> (h - 1 - y) * w + x;
            case LEFT_TOP -> x * w + y;
            case RIGHT_TOP -> (h - 1 - x) * w + y;
            case RIGHT_BOTTOM -> (h - 1 - x) * w + (w - 1 - y);
            case LEFT_BOTTOM -> x * w + (w - 1 - y);
        };
    }
}
