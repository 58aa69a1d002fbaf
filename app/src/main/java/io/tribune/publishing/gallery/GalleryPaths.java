package io.tribune.publishing.gallery;

import io.tribune.editions.Edition;

/**
 * The addresses of Multimedia and of the editors' gallery desk, written here only: each as the pattern
 * its handler is mapped to and as the path pages link to.
 */
public final class GalleryPaths {

    public static final String MULTIMEDIA = Edition.PATH + "/multimedia";
    public static final String GALLERY = MULTIMEDIA + "/{slug:[a-z0-9-]{1,120}}";

    public static final String DESK = Edition.PATH + "/newsroom/galleries";
    public static final String DESK_GALLERY = DESK + "/{id:[0-9]{1,18}}";
    public static final String DESK_PICTURES = DESK_GALLERY + "/pictures";
    public static final String DESK_PICTURE = DESK_PICTURES + "/{position:[0-9]{1,3}}";
    public static final String DESK_MOVE = DESK_PICTURE + "/move";
    public static final String DESK_REMOVE = DESK_PICTURE + "/remove";
    public static final String DESK_PUBLISH = DESK_GALLERY + "/publish";
    public static final String DESK_UNPUBLISH = DESK_GALLERY + "/unpublish";

    private GalleryPaths() {}

    /** An edition's Multimedia, e.g. {@code /en/multimedia}. */
    public static String multimedia(String edition) {
        return "/" + edition + "/multimedia";
    }

    /** A gallery's viewer, e.g. {@code /en/multimedia/harbour-at-dawn}. */
    public static String gallery(String edition, String slug) {
        return multimedia(edition) + "/" + slug;
    }

    /** The editors' list of an edition's galleries, where new ones are started. */
    public static String desk(String edition) {
        return "/" + edition + "/newsroom/galleries";
    }

    /** The editor's page of one gallery. */
    public static String desk(String edition, long id) {
        return desk(edition) + "/" + id;
    }

    public static String pictures(String edition, long id) {
        return desk(edition, id) + "/pictures";
    }

    public static String move(String edition, long id, int position) {
        return pictures(edition, id) + "/" + position + "/move";
    }

    public static String remove(String edition, long id, int position) {
        return pictures(edition, id) + "/" + position + "/remove";
    }

    public static String publish(String edition, long id) {
        return desk(edition, id) + "/publish";
    }

    public static String unpublish(String edition, long id) {
        return desk(edition, id) + "/unpublish";
    }
}
