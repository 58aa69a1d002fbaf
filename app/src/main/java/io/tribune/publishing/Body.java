package io.tribune.publishing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored form of an article body: paragraphs separated by blank lines; a paragraph that is only
 * {@code ::read-more <slug>} places a READ MORE link to another article of the edition, one that is
 * only {@code ::picture <image id>} a picture from the image library.
 */
final class Body {

    private static final Pattern READ_MORE = Pattern.compile("::read-more ([a-z0-9][a-z0-9-]{0,119})");
    private static final Pattern PICTURE = Pattern.compile("::picture ([1-9][0-9]{0,17})");

    private Body() {}

    static List<String> split(String body) {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** The body's paragraphs of text, without READ MORE links and pictures, separated by blank lines. */
    static String plain(String body) {
        return String.join(
                "\n\n",
                split(body).stream()
                        .filter(p -> readMoreSlug(p).isEmpty() && pictureId(p).isEmpty())
                        .toList());
    }

    static Optional<String> readMoreSlug(String paragraph) {
        Matcher m = READ_MORE.matcher(paragraph);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String readMore(String slug) {
        return "::read-more " + slug;
    }

    static Optional<Long> pictureId(String paragraph) {
        Matcher m = PICTURE.matcher(paragraph);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    static String picture(long imageId) {
        return "::picture " + imageId;
    }
}
