package io.tribune.search;

import io.tribune.editions.Edition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The addresses of the search pages, written here only. The site header's search box and the
 * Recommended placeholders of publishing's pages point at the same addresses: {@code /{edition}/search}
 * and {@code /{edition}/recommended}.
 */
public final class SearchPaths {

    public static final String SEARCH = Edition.PATH + "/search";
    public static final String RECOMMENDED = Edition.PATH + "/recommended";
    public static final String SUGGEST = SEARCH + "/suggest";

    private SearchPaths() {}

    /** The search page of an edition, e.g. {@code /en/search}. */
    public static String search(String edition) {
        return "/" + edition + "/search";
    }

    /** Type-ahead's headlines for what is typed, e.g. {@code /en/search/suggest?q=port+str}. */
    public static String suggest(String edition, String typed) {
        return search(edition) + "/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    /**
     * A search with its parameters (null or empty ones left out), e.g. {@code /en/search?q=port+strike&page=2}.
     */
    public static String search(String edition, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? search(edition) : search(edition) + "?" + query;
    }

    /** The same search on another page. */
    public static String page(String edition, Map<String, String> parameters, int page) {
        Map<String, String> paged = new LinkedHashMap<>(parameters);
        paged.put("page", page > 1 ? Integer.toString(page) : null);
        return search(edition, paged);
    }

    /** Recommended for the front page of an edition. */
    public static String recommended(String edition) {
        return "/" + edition + "/recommended";
    }

    /** Recommended beside an article. */
    public static String recommended(String edition, long article) {
        return recommended(edition) + "?article=" + article;
    }
}
