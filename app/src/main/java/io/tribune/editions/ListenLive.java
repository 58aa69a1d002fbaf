package io.tribune.editions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An edition's live audio stream, as the player bar offers it on every page of the edition.
 *
 * @param url the stream's address: an absolute http(s) URL, or a path on this site
 * @param name what the stream is called, e.g. the station's name
 * @param schedule when it is on air, in the edition's language; may be empty
 */
public record ListenLive(String url, String name, String schedule) {

    public ListenLive {
        url = url == null ? "" : url.strip();
        name = name == null ? "" : name.strip();
        schedule = schedule == null ? "" : schedule.strip();
    }

    /** Whether a stream is set at all: an edition without a URL has no player bar. */
    public boolean isConfigured() {
        return !url.isEmpty();
    }

    /** Throws, naming the setting, unless the URL is one a browser can play from a page of this site. */
    void check(String setting) {
        if (!isConfigured()) {
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean isSitePath =
                    scheme.isEmpty() && uri.getHost() == null && url.startsWith("/") && !url.startsWith("//");
            boolean isWeb = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            if (!isSitePath && !isWeb) {
                throw new IllegalArgumentException(setting + ".url must be an http(s) address or a path on this site,"
                        + " e.g. https://radio.example.org/live.mp3, not " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + ".url is not an address: " + url, e);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(setting + ".name must name the stream for its player");
        }
    }
}
