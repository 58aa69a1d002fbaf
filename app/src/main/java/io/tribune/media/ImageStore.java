package io.tribune.media;

import java.util.Optional;

/**
 * Where the renditions of images are kept: the media folder on disk by default ({@code
 * tribune.media.root}); declare a bean of this type to keep them elsewhere (an object store). Each
 * rendition is written whole, once, and never changes afterwards.
 */
public interface ImageStore {

    /** The JPEG of an image in one width, if stored. */
    Optional<byte[]> read(long image, int width);

    /** Its size in bytes, if stored. */
    Optional<Long> size(long image, int width);

    /** Stores a rendition whole: a reader never sees part of it. */
    void write(long image, int width, byte[] jpeg);

    /** Removes every rendition of an image; nothing happens when there is none. */
    void delete(long image);
}
