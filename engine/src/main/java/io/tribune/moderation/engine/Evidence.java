package io.tribune.moderation.engine;

import java.time.Duration;
import java.util.List;

/** Why a rule fired: the facts a moderator sees next to the decision. */
public sealed interface Evidence {

    /**
     * A stretch of the original comment text.
     *
     * @param start offset of the first char in the original text (UTF-16 index)
     * @param end offset after the last char
     * @param match the original text between start and end
     * @param term the lexicon term, pattern or validator that matched (e.g. {@code "fuck"}, {@code "iban"})
     */
    record Span(int start, int end, String match, String term) implements Evidence {}

    /** Earlier comments that are near-duplicates of this one, e.g. members of a flash mob. */
    record Similar(List<String> commentIds, double similarity, int accounts) implements Evidence {}

    /** A rate measured over a window, e.g. 7 comments by one author in 60 seconds. */
    record Rate(String per, int count, Duration window, int limit) implements Evidence {}

    /** The language the comment was detected to be in. */
    record Language(String language, double confidence) implements Evidence {}

    /** A measured figure with a name, e.g. relatedness to the article 0.02. */
    record Measure(String name, double value) implements Evidence {}
}
