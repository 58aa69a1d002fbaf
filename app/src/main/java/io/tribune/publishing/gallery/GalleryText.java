package io.tribune.publishing.gallery;

import io.tribune.publishing.Slugs;
import java.util.regex.Pattern;

/**
 * The rules for what editors type into a gallery: titles, captions and credits are single lines of
 * well-formed text (no lone surrogates, no control characters, no replacement characters left by a
 * broken encoding) of a bounded length, kept as typed and always shown escaped; slugs are lower-case
 * Latin letters, digits and hyphens.
 */
final class GalleryText {

    static final int MAX_TITLE = 300;
    static final int MAX_CAPTION = 500;
    static final int MAX_CREDIT = 200;
    static final int MAX_SLUG = 120;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private GalleryText() {}

    /** The problem's message key for a line of text, or null when it is acceptable. */
    static String problem(String text, int max, boolean isRequired) {
        if (text == null || text.isBlank()) {
            return isRequired ? "gallery.error.required" : null;
        }
        if (text.length() > max) {
            return "gallery.error.tooLong";
        }
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            boolean isLoneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
            if (isLoneSurrogate || c == 0xFFFD || Character.isISOControl(c)) {
                return "gallery.error.malformed";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    static String problemOfSlug(String slug) {
        if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            return "gallery.error.slug";
        }
        return null;
    }

    /** A slug made of a title in any edition language; empty when nothing readable is left. */
    static String slugOf(String title) {
        return Slugs.of(title, MAX_SLUG - 8);
    }

    static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
