package io.tribune.media;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** The bytes of image renditions, for the module's web layer and for exports. */
@Service
public class MediaFiles {

    private final Renditions renditions;

    MediaFiles(Renditions renditions) {
        this.renditions = renditions;
    }

    /** The JPEG of an image in one of {@link ImageRef#WIDTHS}, if the image exists. */
    public Optional<byte[]> jpeg(long id, int width) {
        return renditions.jpeg(id, width);
    }

    /** The size in bytes of that JPEG, e.g. for a feed's enclosure, if the image exists. */
    public Optional<Long> length(long id, int width) {
        return renditions.length(id, width);
    }
}
