package io.tribune.publishing.web;

import io.tribune.publishing.Articles;
import io.tribune.system.BadRequest;

/** Reads the {@code page} parameter of lists: absent means 1; anything but 1..10,000 is a bad request. */
final class PageNumber {

    private PageNumber() {}

    static int parse(String value) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequest();
        }
        int page = Integer.parseInt(value);
        if (page < 1 || page > Articles.MAX_PAGE) {
            throw new BadRequest();
        }
        return page;
    }
}
