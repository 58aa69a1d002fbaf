package io.tribune.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
