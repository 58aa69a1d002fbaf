package io.tribune.media;

import io.tribune.media.ImageUpload.Refusal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an uploaded photo into clean renditions of the widths served. As for avatars ({@link
 * AvatarPictures}): the kind is told by the first bytes, the pixel count read from the header and
 * checked before anything is decoded, the picture decoded already subsampled towards the largest
 * width, turned upright as its EXIF orientation says, and each width drawn afresh as a JPEG without
 * metadata. A picture narrower than a width is never enlarged: that rendition is its own size.
 */
final class UploadedPictures {

    /** The renditions by width, the largest one's size, or why there are none. */
    record Outcome(Map<Integer, byte[]> renditions, int width, int height, Refusal refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(Map.of(), 0, 0, refusal);
        }
    }

    private final long maxBytes;
    private final long maxPixels;
    private final int minWidth;
    private final List<Integer> widths;

    UploadedPictures(long maxBytes, long maxPixels, int minWidth, List<Integer> widths) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.minWidth = minWidth;
        this.widths = widths;
    }

    Outcome renditions(byte[] upload) {
        AvatarPictures.Opened opened = AvatarPictures.open(upload, maxBytes);
        if (opened.refusal() != null) {
            return Outcome.refused(Refusal.valueOf(opened.refusal()));
        }
        AvatarPictures.Kind kind = opened.kind();
        ImageReader reader = opened.reader();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            long limit =
                    kind == AvatarPictures.Kind.WEBP ? Math.min(maxPixels, AvatarPictures.MAX_WEBP_PIXELS) : maxPixels;
            if (width < 1 || height < 1 || width * height > limit) {
                return Outcome.refused(Refusal.TOO_MANY_PIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // decoded no smaller than the largest width (or, turned upright, height) needs
            int step = (int) Math.max(1, Math.min(width, height) / widths.getLast());
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage picture = AvatarPictures.readUndamaged(reader, param);
            if (picture == null) {
                return Outcome.refused(Refusal.UNREADABLE);
            }
            if (kind == AvatarPictures.Kind.JPEG) {
                picture = Orientation.ofExif(JpegExif.orientation(upload)).upright(picture);
            }
            int shownWidth = (int) Math.round((double) picture.getWidth() * step);
            if (shownWidth < minWidth) {
                return Outcome.refused(Refusal.TOO_SMALL);
            }
            Map<Integer, byte[]> renditions = new LinkedHashMap<>();
            int largestWidth = 0;
            int largestHeight = 0;
            for (int target : widths) {
                int w = Math.min(target, picture.getWidth());
                int h = Math.max(1, Math.round((float) picture.getHeight() * w / picture.getWidth()));
                renditions.put(target, Jpeg.encode(AvatarPictures.fit(picture, w, h), 0.85f));
                largestWidth = w;
                largestHeight = h;
            }
            return new Outcome(renditions, largestWidth, largestHeight, null);
        } catch (IOException | RuntimeException e) {
            // a corrupt file makes the decoders throw all sorts of things; none of it is the server's fault
            return Outcome.refused(Refusal.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }
}
