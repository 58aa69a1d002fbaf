package io.tribune.publishing.web;

import io.tribune.media.ImageRef;
import io.tribune.publishing.gallery.GalleryDraft;
import java.util.List;

/**
 * What the fields of a gallery's page hold: the gallery as saved, or what the editor typed when a save
 * was refused, so nothing typed is lost.
 */
public record DeskForm(String title, String slug, List<String> captions, List<String> credits) {

    static DeskForm of(GalleryDraft gallery) {
        return new DeskForm(
                gallery.title(),
                gallery.slug(),
                gallery.pictures().stream().map(ImageRef::caption).toList(),
                gallery.pictures().stream().map(ImageRef::credit).toList());
    }

    /** The caption field of the picture at {@code position}; empty where the form had none. */
    public String caption(int position) {
        return position < captions.size() ? captions.get(position) : "";
    }

    public String credit(int position) {
        return position < credits.size() ? credits.get(position) : "";
    }
}
