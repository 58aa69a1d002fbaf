package io.tribune.media;

import io.tribune.media.AvatarUpload.Refusal;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an uploaded file into clean avatar squares. The kind is told by the first bytes, never by the
 * name or the declared type; the pixel count is read from the header and checked before anything is
 * decoded (a small file can announce a gigantic picture); only the centred square is decoded, already
 * subsampled, then turned upright as the photo's EXIF orientation says; and what is stored is a fresh
 * JPEG drawn from the pixels, so no metadata, comment or appended payload of the upload survives.
 * JPEGs in CMYK or YCCK (from print workflows and some cameras) are read by the TwelveMonkeys decoder,
 * which converts them to RGB.
 */
final class AvatarPictures {

    /** The kinds told apart by their first bytes; only some are accepted. */
    enum Kind {
        JPEG("jpeg", true),
        PNG("png", true),
        WEBP("webp", true),
        GIF("gif", false),
        BMP("bmp", false),
        TIFF("tiff", false),
        HEIF("heif", false),
        SVG("svg", false),
        UNKNOWN("", false);

        final String format;
        final boolean isAccepted;

        Kind(String format, boolean isAccepted) {
            this.format = format;
            this.isAccepted = isAccepted;
        }
    }

    /** Either the encoded squares by size, or why there are none. */
    record Outcome(Map<Integer, byte[]> squares, Refusal refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(Map.of(), refusal);
        }
    }

    /** Decoding stops well above the largest size, so a 50-megapixel photo costs a few megabytes. */
    private static final int DECODE_TARGET = 512;

    private final long maxBytes;
    private final long maxPixels;
    private final List<Integer> sizes;

    AvatarPictures(long maxBytes, long maxPixels, List<Integer> sizes) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.sizes = sizes;
    }

    /**
     * The WebP reader decodes a lossless picture whole (4 bytes a pixel) whatever region is asked for,
     * so WebP is held to fewer pixels than the formats that can decode a part.
     */
    static final long MAX_WEBP_PIXELS = 16_000_000L;

    private long pixelLimit(Kind kind) {
        return kind == Kind.WEBP ? Math.min(maxPixels, MAX_WEBP_PIXELS) : maxPixels;
    }

    Outcome squares(byte[] upload) {
        Opened opened = open(upload, maxBytes);
        if (opened.refusal() != null) {
            return Outcome.refused(Refusal.valueOf(opened.refusal()));
        }
        Kind kind = opened.kind();
        ImageReader reader = opened.reader();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1 || width * height > pixelLimit(kind)) {
                return Outcome.refused(Refusal.TOO_MANY_PIXELS);
            }
            BufferedImage square = decodeSquare(reader, (int) width, (int) height);
            if (square == null) {
                return Outcome.refused(Refusal.UNREADABLE);
            }
            if (kind == Kind.JPEG) {
                square = Orientation.ofExif(JpegExif.orientation(upload)).upright(square);
            }
            Map<Integer, byte[]> squares = new LinkedHashMap<>();
            for (int size : sizes) {
                squares.put(size, Jpeg.encode(scale(square, size), 0.88f));
            }
            return new Outcome(squares, null);
        } catch (IOException | RuntimeException e) {
            // a corrupt file makes the decoders throw all sorts of things; none of it is the server's fault
            return Outcome.refused(Refusal.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /**
     * An upload past the checks made before any decoder sees it, with the reader for its kind; or the
     * name of the refusal ({@code EMPTY}, {@code TOO_LARGE}, {@code NOT_AN_IMAGE}, {@code
     * UNSUPPORTED_TYPE}), which avatar and image uploads both have.
     */
    record Opened(Kind kind, ImageReader reader, String refusal) {
        static Opened refused(String refusal) {
            return new Opened(Kind.UNKNOWN, null, refusal);
        }
    }

    static Opened open(byte[] upload, long maxBytes) {
        if (upload == null || upload.length == 0) {
            return Opened.refused("EMPTY");
        }
        if (upload.length > maxBytes) {
            return Opened.refused("TOO_LARGE");
        }
        Kind kind = sniff(upload);
        if (kind == Kind.UNKNOWN) {
            return Opened.refused("NOT_AN_IMAGE");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.format);
        if (!kind.isAccepted || !readers.hasNext()) {
            return Opened.refused("UNSUPPORTED_TYPE");
        }
        return new Opened(kind, readers.next(), null);
    }

    /** The centred square, subsampled while decoding; null when the decoder warned of damage. */
    private static BufferedImage decodeSquare(ImageReader reader, int width, int height) throws IOException {
        int side = Math.min(width, height);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
        int step = Math.max(1, side / DECODE_TARGET);
        param.setSourceSubsampling(step, step, 0, 0);
        return readUndamaged(reader, param);
    }

    /**
     * The picture as the parameters ask, or null when the decoder warned of damage: truncated JPEGs
     * decode "successfully" with grey rows and only a warning.
     */
    static BufferedImage readUndamaged(ImageReader reader, ImageReadParam param) throws IOException {
        AtomicBoolean damaged = new AtomicBoolean();
        IIOReadWarningListener warnings = (source, warning) -> {
            if (!isAboutColours(warning)) {
                damaged.set(true);
            }
        };
        reader.addIIOReadWarningListener(warnings);
        BufferedImage decoded = reader.read(0, param);
        return damaged.get() ? null : decoded;
    }

    /**
     * Whether a decoder's warning only concerns colour management: a CMYK photo without a colour
     * profile, or with a broken one, is converted with a generic profile and its pixels are whole.
     * Every other warning (truncated data, corrupt segments) means grey or garbled rows.
     */
    static boolean isAboutColours(String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return text.contains("icc") || text.contains("color profile") || text.contains("adobe app14");
    }

    static Kind sniff(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Kind.WEBP;
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return Kind.GIF;
        }
        if (startsWith(b, 0, 'B', 'M')) {
            return Kind.BMP;
        }
        if (startsWith(b, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2A)) {
            return Kind.TIFF;
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p')) {
            return Kind.HEIF;
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1);
        }
        if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
            return Kind.SVG;
        }
        return Kind.UNKNOWN;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage scale(BufferedImage source, int size) {
        return fit(source, size, size);
    }

    /**
     * The picture drawn at exactly {@code width} by {@code height}: halved until close, then drawn, on
     * white where it was transparent.
     */
    static BufferedImage fit(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
