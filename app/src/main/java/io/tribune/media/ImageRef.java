package io.tribune.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored image as pages use it: its address per width, its proportions, caption and credit line.
 *
 * @param width the width of its largest rendition, at most the largest of {@link #WIDTHS}
 * @param digest a hash of an uploaded image's renditions, part of their addresses; null for a drawn
 *     illustration, whose addresses are its id alone
 */
public record ImageRef(long id, int width, int height, String caption, String credit, String digest) {

    /** The widths every image is served in. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1440);

    /** A drawn illustration, served at addresses without a digest. */
    public ImageRef(long id, int width, int height, String caption, String credit) {
        this(id, width, height, caption, credit, null);
    }

    public String src(int width) {
        return digest == null ? MediaPaths.rendition(id, width) : MediaPaths.rendition(id, digest, width);
    }

    /** The largest rendition, for feeds and social cards. */
    public String largest() {
        return src(WIDTHS.getLast());
    }

    /**
     * Every width up to the image's own (a smaller upload is never enlarged: its wider renditions are
     * its own size, so they are left out), and always the smallest.
     */
    public String srcset() {
        return WIDTHS.stream()
                .filter(w -> w <= width || w.equals(WIDTHS.getFirst()))
                .map(w -> src(w) + " " + Math.min(w, width) + "w")
                .collect(Collectors.joining(", "));
    }

    /** The height of the rendition of the given width. */
    public int heightAt(int renditionWidth) {
        return Math.round((float) height * Math.min(renditionWidth, width) / width);
    }
}
