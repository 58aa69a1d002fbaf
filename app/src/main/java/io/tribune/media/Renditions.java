package io.tribune.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stored widths of each image, as JPEG files under the media folder ({@code <id>/<width>.jpg}).
 * A missing rendition of an illustration is drawn once, on first request, and kept.
 */
@Component
class Renditions {

    private final Path root;
    private final Images images;
    private final Illustrator illustrator = new Illustrator();
    private final ConcurrentMap<String, Object> drawing = new ConcurrentHashMap<>();

    Renditions(@Value("${tribune.media.root:data/media}") Path root, Images images) {
        this.root = root;
        this.images = images;
    }

    Optional<byte[]> jpeg(long id, int width) {
        if (!ImageRef.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Path file = root.resolve(Long.toString(id)).resolve(width + ".jpg");
        if (Files.isRegularFile(file)) {
            return Optional.of(read(file));
        }
        String key = id + "/" + width;
        synchronized (drawing.computeIfAbsent(key, k -> new Object())) {
            try {
                if (Files.isRegularFile(file)) {
                    return Optional.of(read(file));
                }
                return images.illustrationOf(id).map(illustration -> {
                    byte[] bytes = encode(illustrator.draw(illustration, width));
                    write(file, bytes);
                    return bytes;
                });
            } finally {
                drawing.remove(key);
            }
        }
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "rendition", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
