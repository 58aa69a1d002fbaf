package io.tribune.editions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An edition's live audio stream, as the player bar offers it on every page of the edition.
 *
 * @param url the stream's address: an absolute http(s) URL, or a path on this site
 * @param name what the stream is called, e.g. the station's name
 * @param schedule when it is on air, in the edition's language; may be empty
 */
public record ListenLive(String url, String name, String schedule) {

    public static final int MAX_URL = 2000;
    public static final int MAX_NAME = 100;
    public static final int MAX_SCHEDULE = 200;

    /** No stream: the edition has no player bar. */
    public static final ListenLive NONE = new ListenLive("", "", "");

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
        Map<String, String> problems = problems();
        if (problems.containsKey("url")) {
            throw new IllegalArgumentException(setting + ".url must be an http(s) address or a path on this site,"
                    + " e.g. https://radio.example.org/live.mp3, at most " + MAX_URL + " characters, not " + url);
        }
        if (problems.containsKey("name")) {
            throw new IllegalArgumentException(
                    setting + ".name must name the stream for its player, in at most " + MAX_NAME + " characters");
        }
        if (problems.containsKey("schedule")) {
            throw new IllegalArgumentException(
                    setting + ".schedule must be at most " + MAX_SCHEDULE + " characters of text");
        }
    }

    /**
     * What is wrong with the stream, by field ({@code url}, {@code name}, {@code schedule}), as message
     * keys of the newsroom's texts; empty when it can be offered to readers. A cleared URL (no stream) is
     * always acceptable, as long as the texts beside it are.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (url.length() > MAX_URL) {
            problems.put("url", "listenLive.error.urlTooLong");
        } else if (isConfigured() && !isPlayable(url)) {
            problems.put("url", "listenLive.error.url");
        }
        if (name.length() > MAX_NAME) {
            problems.put("name", "listenLive.error.nameTooLong");
        } else if (!isPlainText(name)) {
            problems.put("name", "listenLive.error.text");
        } else if (isConfigured() && name.isEmpty()) {
            problems.put("name", "listenLive.error.name");
        }
        if (schedule.length() > MAX_SCHEDULE) {
            problems.put("schedule", "listenLive.error.scheduleTooLong");
        } else if (!isPlainText(schedule)) {
            problems.put("schedule", "listenLive.error.text");
        }
        return problems;
    }

    /** An absolute http(s) address with a host, or a path on this site; nothing a browser would run. */
    private static boolean isPlayable(String url) {
        if (url.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean isSitePath =
                    scheme.isEmpty() && uri.getHost() == null && url.startsWith("/") && !url.startsWith("//");
            boolean isWeb = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            return isSitePath || isWeb;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * One line of text: no control characters, no broken Unicode (lone surrogate halves, replacement and
     * non-characters), and no bidi embeddings or overrides, which would turn the text around them in
     * the bar; the marks (LRM, RLM) that Arabic names need are kept.
     */
    private static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isBidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (Character.isISOControl(c) || isBidiControl || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
