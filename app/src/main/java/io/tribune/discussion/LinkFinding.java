package io.tribune.discussion;

import java.util.List;

/**
 * Where the links in a comment's text are. The moderation module implements it with its engine's own
 * link finding, so that readers are shown as links what screening counts as links (screening reads only the
 * engine's first {@code maxChars} characters, and both stop at the hundredth link), and the discussion never
 * imports moderation.
 */
public interface LinkFinding {

    /** The links in the text as written (any scheme, or none), in the order they start. */
    List<Found> in(String text);

    /**
     * One link.
     *
     * @param start the offset of its first character in the text
     * @param end the offset after its last character
     */
    record Found(int start, int end) {}
}
