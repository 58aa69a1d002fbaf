package io.tribune.publishing;

/**
 * An article of another edition linked to the one being edited as the same story (an hreflang alternate),
 * or offered to be linked. A draft (any article not yet public) is named only to the editors of its
 * edition; to anyone else its headline and path are null.
 *
 * @param path the public page of a published article, the newsroom form of a draft shown
 */
public record NewsroomTranslation(long id, String edition, String headline, String path, boolean isPublished) {

    /** Whether it is a draft of an edition the editor does not edit: its existence is all they are told. */
    public boolean isHidden() {
        return headline == null;
    }
}
