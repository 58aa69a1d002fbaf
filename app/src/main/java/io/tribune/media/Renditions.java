package io.tribune.media;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * The stored widths of each image, as JPEGs in the {@link ImageStore}. Uploads are stored in every
 * width when accepted; a missing rendition of an illustration is drawn once, on first request, and kept.
 */
@Component
class Renditions {

    private final ImageStore store;
    private final Images images;
    private final Illustrator illustrator = new Illustrator();
    private final ConcurrentMap<String, Object> drawing = new ConcurrentHashMap<>();

    Renditions(ImageStore store, Images images) {
        this.store = store;
        this.images = images;
    }

    Optional<byte[]> jpeg(long id, int width) {
        if (!ImageRef.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        Optional<byte[]> stored = store.read(id, width);
        if (stored.isPresent()) {
            return stored;
        }
        String key = id + "/" + width;
        synchronized (drawing.computeIfAbsent(key, k -> new Object())) {
            try {
                Optional<byte[]> drawn = store.read(id, width);
                if (drawn.isPresent()) {
                    return drawn;
                }
                return images.illustrationOf(id).map(illustration -> {
                    byte[] bytes = Jpeg.encode(illustrator.draw(illustration, width), 0.85f);
                    store.write(id, width, bytes);
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
        Optional<Long> stored = store.size(id, width);
        if (stored.isPresent()) {
            return stored;
        }
        return jpeg(id, width).map(bytes -> (long) bytes.length);
    }
}
