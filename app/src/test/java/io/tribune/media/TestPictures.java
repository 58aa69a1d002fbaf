package io.tribune.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Pictures made on the spot for upload tests: real encodings, plus hand-built hostile ones. */
public final class TestPictures {

    /** A 1x1 lossless WebP (the well-known feature-detection sample). */
    public static final byte[] WEBP_LOSSLESS =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** A 1x1 lossy WebP. */
    public static final byte[] WEBP_LOSSY =
            Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /** A 1x1 GIF. */
    public static final byte[] GIF =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                    + " height=\"10\"><script>alert(1)</script></svg>")
            .getBytes(StandardCharsets.UTF_8);

    private TestPictures() {}

    /** A photo-like JPEG: a gradient with a red disc in the middle, so the centre crop can be seen. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A JPEG with a zip archive, an HTML page and a script appended after its end marker. */
    public static byte[] polyglot() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0};
        byte[] html = "<html><body><script>alert('polyglot')</script></body></html>".getBytes(StandardCharsets.UTF_8);
        return concat(jpeg(300, 200), zip, html);
    }

    /** A JPEG whose comment segment carries a script, just after the start marker. */
    public static byte[] jpegWithScriptComment() {
        byte[] jpeg = jpeg(120, 120);
        byte[] text = "<script>alert('comment')</script>".getBytes(StandardCharsets.US_ASCII);
        int length = text.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length}, text);
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** The four colours of {@link #quadrants}, by the upright picture's corner. */
    public static final Color TOP_LEFT = Color.RED;

    public static final Color TOP_RIGHT = Color.GREEN;
    public static final Color BOTTOM_LEFT = Color.BLUE;
    public static final Color BOTTOM_RIGHT = Color.YELLOW;

    /**
     * A JPEG of four coloured quarters, {@code stored} naming the colours of its stored top-left,
     * top-right, bottom-left and bottom-right quarters in that order.
     */
    public static byte[] quadrants(int width, int height, Color... stored) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int halfWidth = width / 2;
            int halfHeight = height / 2;
            int[][] corners = {{0, 0}, {halfWidth, 0}, {0, halfHeight}, {halfWidth, halfHeight}};
            for (int i = 0; i < 4; i++) {
                g.setColor(stored[i]);
                g.fillRect(corners[i][0], corners[i][1], width - halfWidth, height - halfHeight);
            }
        } finally {
            g.dispose();
        }
        return encode(image, "jpeg");
    }

    /** The JPEG with an EXIF segment saying its orientation, placed after the JFIF segment as cameras do. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean isLittleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26)
                .order(isLittleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put(isLittleEndian ? (byte) 'I' : (byte) 'M').put(isLittleEndian ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8); // the first directory follows the header
        tiff.putShort((short) 1); // one entry:
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next directory
        return withApp1(jpeg, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
    }

    /** The JPEG with an APP1 segment of the given content after its JFIF segment. */
    public static byte[] withApp1(byte[] jpeg, byte[] content) {
        boolean hasJfif = (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0;
        int afterJfif = hasJfif ? 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)) : 2;
        int length = content.length + 2;
        byte[] header = {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length};
        return concat(
                Arrays.copyOf(jpeg, afterJfif), header, content, Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /**
     * A JPEG stored as Photoshop writes print pictures: four components and an Adobe segment saying
     * CMYK (transform 0) or YCCK (transform 2). Its left half is printed red, its right half blue.
     */
    public static byte[] cmyk(int width, int height, boolean isYcck) {
        WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] red = {0, 255, 255, 0};
        int[] blue = {255, 255, 0, 0};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = x < width / 2 ? red : blue;
                // Adobe stores ink amounts inverted
                int[] stored = {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]};
                raster.setPixel(x, y, isYcck ? ycck(stored) : stored);
            }
        }
        // the JDK's own encoder stores the four components as given, without converting or marking them
        javax.imageio.ImageWriter writer = jdkJpegWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        byte[] adobe = {
            (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (isYcck ? 2 : 0)
        };
        return concat(Arrays.copyOf(plain, 2), adobe, Arrays.copyOfRange(plain, 2, plain.length));
    }

    private static javax.imageio.ImageWriter jdkJpegWriter() {
        var writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            javax.imageio.ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK's JPEG writer is not registered");
    }

    /** What libjpeg's CMYK-to-YCCK step stores: the inverted ink as luma and chroma, black untouched. */
    private static int[] ycck(int[] stored) {
        double r = 255 - stored[0];
        double g = 255 - stored[1];
        double b = 255 - stored[2];
        return new int[] {
            clamp(0.299 * r + 0.587 * g + 0.114 * b),
            clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128),
            clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128),
            stored[3]
        };
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** A PNG whose header announces {@code side} x {@code side} pixels, with a few bytes of data. */
    public static byte[] pngBomb(int side) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[side * 3 + 1]);
        deflater.finish();
        byte[] data = new byte[1024];
        int length = deflater.deflate(data);
        chunk(out, "IDAT", Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length / 2);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            for (int x = 0; x < width; x++) {
                g.setColor(new Color(40, 80 + 120 * x / Math.max(1, width), 160));
                g.drawLine(x, 0, x, height);
            }
            int side = Math.min(width, height) / 2;
            g.setColor(Color.RED);
            g.fillOval((width - side) / 2, (height - side) / 2, side, side);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
