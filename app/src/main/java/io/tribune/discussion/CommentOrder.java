package io.tribune.discussion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a reader may sort a discussion's threads in, each paged by a cursor on its own keys. */
public enum CommentOrder {
    NEWEST("id desc", " and id < :id"),
    OLDEST("id asc", " and id > :id"),
    MOST_REPLIED("reply_count desc, id desc", " and (reply_count < :count or (reply_count = :count and id < :id))");

    private final String sql;
    private final String after;

    CommentOrder(String sql, String after) {
        this.sql = sql;
        this.after = after;
    }

    /** The order named in a link ({@code newest}, {@code oldest}, {@code most-replied}); newest otherwise. */
    public static CommentOrder parse(String name) {
        return Optional.ofNullable(name)
                .flatMap(n ->
                        Arrays.stream(values()).filter(o -> o.param().equals(n)).findFirst())
                .orElse(NEWEST);
    }

    /** The name in links. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String sql() {
        return sql;
    }

    String after(Cursor cursor) {
        return cursor == null ? "" : after;
    }
}
