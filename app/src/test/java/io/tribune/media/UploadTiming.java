package io.tribune.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Benchmark, not a test: the time from a 12-megapixel camera JPEG's bytes to its renditions stored on
 * disk, as {@link ImageUploads} does it (sniffing, header check, subsampled decoding, the three widths
 * drawn and encoded, each written whole), without the one-row database insert. Run by
 * {@code bench/upload-renditions.sh [rounds]}; prints p50, p95 and the worst round in milliseconds.
 */
public final class UploadTiming {

    private UploadTiming() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        byte[] photo = cameraLikeJpeg(4000, 3000);
        UploadedPictures pictures = new UploadedPictures(
                ImageUploads.MAX_BYTES, ImageUploads.MAX_PIXELS, ImageUploads.MIN_WIDTH, ImageRef.WIDTHS);
        Path folder = Files.createTempDirectory("upload-timing");
        DiskImageStore store = new DiskImageStore(folder);
        for (int warm = 0; warm < 3; warm++) {
            pictures.renditions(photo);
        }
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            UploadedPictures.Outcome outcome = pictures.renditions(photo);
            if (outcome.refusal() != null) {
                throw new IllegalStateException("refused: " + outcome.refusal());
            }
            long id = i;
            outcome.renditions().forEach((width, jpeg) -> store.write(id, width, jpeg));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "12 MP JPEG (4000x3000, %.1f MB) to %s renditions on disk, %d rounds: p50 %d ms, p95 %d ms, max %d ms%n",
                photo.length / 1_000_000.0,
                ImageRef.WIDTHS,
                rounds,
                millis[rounds / 2],
                millis[(int) Math.ceil(rounds * 0.95) - 1],
                millis[rounds - 1]);
    }

    /** A photo-sized JPEG with noise and shapes, so that it compresses as a camera's picture does. */
    static byte[] cameraLikeJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(12);
        Graphics2D g = image.createGraphics();
        try {
            for (int i = 0; i < 400; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                g.fillOval(
                        random.nextInt(width),
                        random.nextInt(height),
                        50 + random.nextInt(900),
                        50 + random.nextInt(900));
            }
        } finally {
            g.dispose();
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(25) - 12;
                int r = Math.clamp(((row[x] >> 16) & 0xFF) + noise, 0, 255);
                int gr = Math.clamp(((row[x] >> 8) & 0xFF) + noise, 0, 255);
                int b = Math.clamp((row[x] & 0xFF) + noise, 0, 255);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return Jpeg.encode(image, 0.92f);
    }
}
