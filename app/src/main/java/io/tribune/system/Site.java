package io.tribune.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Facts about the whole installation, such as the public address used in canonical links, feeds and
 * letters. The address is configuration ({@code TRIBUNE_BASE_URL}), never the Host header a request
 * happens to carry. The demo, run on whatever port, derives it from the port it actually listens on;
 * anywhere else a missing address stops the start, since every emailed link would lead nowhere.
 */
@Component
public class Site {

    private static final Logger log = LoggerFactory.getLogger(Site.class);

    private final boolean isConfigured;
    private volatile String baseUrl;

    @Autowired
    Site(SystemSettings settings) {
        this(settings.baseUrl(), settings.demo().enabled());
    }

    Site(String configured, boolean demo) {
        if ((configured == null || configured.isBlank()) && !demo) {
            throw new IllegalStateException("TRIBUNE_BASE_URL (tribune.base-url) is not set: set it to the address"
                    + " readers use, e.g. https://news.example.org; links in feeds and letters are built from it");
        }
        this.isConfigured = configured != null && !configured.isBlank();
        this.baseUrl = isConfigured ? withoutTrailingSlash(configured.strip()) : "http://localhost:8080";
    }

    /** The demo's address follows the port the site really listens on (not the management port's). */
    @EventListener
    void listening(WebServerInitializedEvent started) {
        String namespace = started.getApplicationContext().getServerNamespace();
        if (isConfigured || (namespace != null && !namespace.isEmpty())) {
            return;
        }
        baseUrl = "http://localhost:" + started.getWebServer().getPort();
        log.info("TRIBUNE_BASE_URL is not set: links name {}, the demo's own address", baseUrl);
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

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
