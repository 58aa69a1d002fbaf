package io.tribune.media;

/**
 * Reads the one EXIF field an avatar needs, the orientation, from a JPEG's APP1 segment. Phones store
 * the sensor's rows as they came and only note how to turn them, so without this a portrait photo
 * comes out lying on its side. The reader walks the segments before the image data, trusts no length
 * or offset it has not checked against the bytes it was given, and answers 1 (as stored) for anything
 * it cannot read.
 */
final class JpegExif {

    static final int AS_STORED = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT_TYPE = 3;
    /** Real files carry a handful of segments before the image data; a file with more is not worth reading. */
    private static final int MAX_SEGMENTS = 64;

    private JpegExif() {}

    /** The orientation, 1 to 8 as EXIF numbers them; 1 when there is none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        if (jpeg == null || jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return AS_STORED;
        }
        int at = 2;
        for (int segment = 0; segment < MAX_SEGMENTS && at + 4 <= jpeg.length; segment++) {
            if (u8(jpeg, at) != 0xFF) {
                return AS_STORED;
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) {
                at++; // a fill byte before the marker
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return AS_STORED; // the image data starts: metadata comes before it or not at all
            }
            int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return AS_STORED;
            }
            if (marker == 0xE1 && isExif(jpeg, at + 4, end)) {
                return fromTiff(jpeg, at + 10, end);
            }
            at = end;
        }
        return AS_STORED;
    }

    private static boolean isExif(byte[] b, int from, int end) {
        return end - from >= 6
                && b[from] == 'E'
                && b[from + 1] == 'x'
                && b[from + 2] == 'i'
                && b[from + 3] == 'f'
                && b[from + 4] == 0
                && b[from + 5] == 0;
    }

    /** Looks for the orientation among the first directory's entries of the TIFF structure at {@code tiff}. */
    private static int fromTiff(byte[] b, int tiff, int end) {
        if (end - tiff < 8) {
            return AS_STORED;
        }
        boolean isLittleEndian;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            isLittleEndian = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            isLittleEndian = false;
        } else {
            return AS_STORED;
        }
        if (u16(b, tiff + 2, isLittleEndian) != 42) {
            return AS_STORED;
        }
        long directory = tiff + u32(b, tiff + 4, isLittleEndian);
        if (directory + 2 > end) {
            return AS_STORED;
        }
        int entries = u16(b, (int) directory, isLittleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (u16(b, entry, isLittleEndian) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, isLittleEndian);
                boolean isWellFormed =
                        u16(b, entry + 2, isLittleEndian) == SHORT_TYPE && u32(b, entry + 4, isLittleEndian) == 1;
                return isWellFormed && value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean isLittleEndian) {
        return isLittleEndian ? u8(b, at) | (u8(b, at + 1) << 8) : (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean isLittleEndian) {
        long high = u16(b, isLittleEndian ? at + 2 : at, isLittleEndian);
        long low = u16(b, isLittleEndian ? at : at + 2, isLittleEndian);
        return (high << 16) | low;
    }
}
