package io.tribune.notifications.push;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something a push subscription asks to be told about: breaking news of its edition, every new article
 * of one section, or replies to the subscribed reader's comments. Stored by {@link #name()}.
 */
public record Topic(String name) {

    public static final Topic BREAKING = new Topic("breaking");
    public static final Topic REPLIES = new Topic("replies");

    private static final String SECTION_PREFIX = "section:";
    private static final Pattern SECTION_SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    public static Topic section(String slug) {
        return new Topic(SECTION_PREFIX + slug);
    }

    /** The topic a form or a stored row names, when it is one of the three kinds at all. */
    public static Optional<Topic> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.equals(BREAKING.name) || name.equals(REPLIES.name)) {
            return Optional.of(new Topic(name));
        }
        if (name.startsWith(SECTION_PREFIX)
                && SECTION_SLUG.matcher(name.substring(SECTION_PREFIX.length())).matches()) {
            return Optional.of(new Topic(name));
        }
        return Optional.empty();
    }

    /** The section's slug when this is a section's topic. */
    public Optional<String> section() {
        return name.startsWith(SECTION_PREFIX)
                ? Optional.of(name.substring(SECTION_PREFIX.length()))
                : Optional.empty();
    }
}
