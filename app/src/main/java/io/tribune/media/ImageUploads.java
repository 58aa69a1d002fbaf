package io.tribune.media;

import io.tribune.media.ImageUpload.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;

/**
 * Accepts pictures for articles and galleries into the image library: checks the caption, the credit
 * and the picture ({@link UploadedPictures}), then records the image and stores its renditions under
 * addresses that name their content. Nothing is stored for a refused upload, nor left behind when
 * storing fails half-way. The file's name and declared type are never asked for: only its bytes count.
 */
@Service
public class ImageUploads {

    /** The largest upload accepted: a camera's full-size JPEG passes. */
    public static final int MAX_BYTES = 15 * 1024 * 1024;

    /** The most pixels an upload may announce: a 50-megapixel photo passes, a decompression bomb does not. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The narrowest upload accepted: the smallest width served. */
    public static final int MIN_WIDTH = ImageRef.WIDTHS.getFirst();

    public static final int MAX_CAPTION = 500;
    public static final int MAX_CREDIT = 200;

    private final Images images;
    private final ImageStore store;
    private final UploadedPictures pictures = new UploadedPictures(MAX_BYTES, MAX_PIXELS, MIN_WIDTH, ImageRef.WIDTHS);
    private final Semaphore decoding = new Semaphore(1, true);

    ImageUploads(Images images, ImageStore store) {
        this.images = images;
        this.store = store;
        // registers the WebP and CMYK JPEG readers from the application's class loader, also inside the jar
        ImageIO.scanForPlugins();
    }

    /**
     * Checks, re-encodes and stores a picture with its caption and credit line. No transaction is held
     * while the picture is decoded: the image is recorded by one statement once its renditions are ready.
     */
    public ImageUpload accept(byte[] upload, String caption, String credit) {
        if (!isCleanText(caption, MAX_CAPTION)) {
            return new ImageUpload.Refused(Refusal.CAPTION);
        }
        if (!isCleanText(credit, MAX_CREDIT)) {
            return new ImageUpload.Refused(Refusal.CREDIT);
        }
        UploadedPictures.Outcome outcome = decodeOneAtATime(upload);
        if (outcome.refusal() != null) {
            return new ImageUpload.Refused(outcome.refusal());
        }
        ImageRef image = images.record(
                outcome.width(), outcome.height(), caption.strip(), credit.strip(), digest(outcome.renditions()));
        try {
            outcome.renditions().forEach((width, jpeg) -> store.write(image.id(), width, jpeg));
        } catch (RuntimeException e) {
            store.delete(image.id());
            images.forget(image.id());
            throw e;
        }
        return new ImageUpload.Stored(image);
    }

    /** As {@link #accept(byte[], String, String)}, reading at most one byte more than the limit. */
    public ImageUpload accept(InputStream upload, String caption, String credit) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accept(bytes, caption, credit);
    }

    /**
     * Whether a caption or credit is text worth showing: not blank, not too long, and without control
     * characters or halves of surrogate pairs (which no keyboard types, and which break pages and feeds).
     */
    static boolean isCleanText(String text, int maxLength) {
        if (text == null || text.isBlank() || text.strip().length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Decoding a large photo takes a few hundred megabytes for a moment, so uploads wait for each other. */
    private UploadedPictures.Outcome decodeOneAtATime(byte[] upload) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UploadedPictures.Outcome.refused(Refusal.UNREADABLE);
        }
        try {
            return pictures.renditions(upload);
        } finally {
            decoding.release();
        }
    }

    /** The first 16 hex digits of the SHA-256 of the renditions, widest last: their addresses' content part. */
    private static String digest(Map<Integer, byte[]> renditions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            renditions.values().forEach(sha::update);
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
