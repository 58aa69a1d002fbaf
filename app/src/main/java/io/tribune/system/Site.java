package io.tribune.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Facts about the whole installation, such as the public address used in canonical links and feeds. */
@Component
public class Site {

    private final String baseUrl;

    Site(@Value("${tribune.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The public address without a trailing slash, e.g. {@code https://news.example.org}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Whether readers reach the site over https (TLS may end at a proxy in front of Tribune). */
    public boolean isServedOverHttps() {
        return baseUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    /** An absolute URL for a site path. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
