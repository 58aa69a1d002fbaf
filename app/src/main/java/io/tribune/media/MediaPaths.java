package io.tribune.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses media are served at, written here only: each as the pattern its handler is mapped to
 * and as the path pages link to.
 */
public final class MediaPaths {

    private static final String MEDIA = "/media";
    private static final String AVATARS = MEDIA + "/avatars";

    /** One rendition of an image. */
    public static final String RENDITION = MEDIA + "/{id:\\d{1,18}}/{width:\\d{1,5}}.jpg";

    /**
     * One rendition of an uploaded image, its address naming its content: a digest of the renditions
     * (lower-case hex), so that a cache may keep it for good.
     */
    public static final String HASHED_RENDITION = MEDIA + "/{id:\\d{1,18}}/{digest:[0-9a-f]{16}}/{width:\\d{1,5}}.jpg";

    /** One size of an uploaded avatar. */
    public static final String UPLOADED_AVATAR = AVATARS + "/{id:[A-Za-z0-9_-]{22}}/{size:\\d{1,3}}.jpg";

    /** A drawn avatar: initials on a hue. */
    public static final String DRAWN_AVATAR = AVATARS + "/drawn/{hue:\\d{1,3}}/{initials}.svg";

    private MediaPaths() {}

    public static String rendition(long id, int width) {
        return MEDIA + "/" + id + "/" + width + ".jpg";
    }

    public static String rendition(long id, String digest, int width) {
        return MEDIA + "/" + id + "/" + digest + "/" + width + ".jpg";
    }

    public static String uploadedAvatar(AvatarId id, int size) {
        return AVATARS + "/" + id.value() + "/" + size + ".jpg";
    }

    /** The initials percent-encoded as a path segment (a space as {@code %20}). */
    public static String drawnAvatar(int hue, String initials) {
        return AVATARS + "/drawn/" + hue + "/"
                + URLEncoder.encode(initials, StandardCharsets.UTF_8).replace("+", "%20") + ".svg";
    }
}
