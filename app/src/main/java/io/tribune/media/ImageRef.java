package io.tribune.media;

import java.util.List;
import java.util.stream.Collectors;

/** A stored image as pages use it: its address per width, its proportions, caption and credit line. */
public record ImageRef(long id, int width, int height, String caption, String credit) {

    /** The widths every image is served in. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1440);

    public String src(int width) {
        return MediaPaths.rendition(id, width);
    }

    /** The largest rendition, for feeds and social cards. */
    public String largest() {
        return src(WIDTHS.getLast());
    }

    public String srcset() {
        return WIDTHS.stream().map(w -> src(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The height of the rendition of the given width. */
    public int heightAt(int renditionWidth) {
        return Math.round((float) height * renditionWidth / width);
    }
}
