package io.tribune.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    Renditions(MediaSettings settings, Images images) {
        this.root = settings.root();
        this.images = images;
    }

    Optional<byte[]> jpeg(long id, int width) {
        if (!ImageRef.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Path file = file(id, width);
        if (Files.isRegularFile(file)) {
            return Optional.of(StoredFiles.read(file));
        }
        String key = id + "/" + width;
        synchronized (drawing.computeIfAbsent(key, k -> new Object())) {
            try {
                if (Files.isRegularFile(file)) {
                    return Optional.of(StoredFiles.read(file));
                }
                return images.illustrationOf(id).map(illustration -> {
                    byte[] bytes = Jpeg.encode(illustrator.draw(illustration, width), 0.85f);
                    StoredFiles.write(file, bytes);
                    return bytes;
                });
            } finally {
                drawing.remove(key);
            }
        }
    }

    /** The size in bytes of a rendition, which is drawn first when it is not stored yet. */
    Optional<Long> length(long id, int width) {
        if (!ImageRef.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Path file = file(id, width);
        if (Files.isRegularFile(file)) {
            return Optional.of(StoredFiles.size(file));
        }
        return jpeg(id, width).map(bytes -> (long) bytes.length);
    }

    private Path file(long id, int width) {
        return root.resolve(Long.toString(id)).resolve(width + ".jpg");
    }
}
