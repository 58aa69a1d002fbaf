package io.tribune.notifications.push;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service worker shows: title, body, the page it opens, a picture, and a tag (one
 * notification per article, so a message that arrives twice replaces itself instead of showing twice).
 *
 * @param url a path of this site, which the worker opens on a click
 */
record Notification(String title, String body, String url, String image, String tag, String lang, String dir) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ELLIPSIS = "…";

    /**
     * The JSON that fits into one push message ({@link PayloadEncryption#MAX_PLAINTEXT} bytes): a long
     * body is shortened first, then the title, each at a character boundary and marked with an ellipsis.
     */
    String payload() {
        String shortTitle = title;
        String shortBody = body;
        String json = json(shortTitle, shortBody);
        while (bytes(json) > PayloadEncryption.MAX_PLAINTEXT) {
            int excess = bytes(json) - PayloadEncryption.MAX_PLAINTEXT;
            if (shortBody != null && !shortBody.isEmpty()) {
                shortBody = shorten(shortBody, excess);
            } else {
                shortTitle = shorten(shortTitle, excess);
            }
            json = json(shortTitle, shortBody);
        }
        return json;
    }

    /**
     * At least {@code excess} bytes shorter in UTF-8 (counting the ellipsis it adds), never splitting a
     * character. JSON may escape some characters into more bytes, so {@link #payload} checks again.
     */
    static String shorten(String text, int excess) {
        String bare = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
        int needed = excess + ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        int end = bare.length();
        int removed = 0;
        while (end > 0 && removed < needed) {
            int codePoint = bare.codePointBefore(end);
            removed += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            end -= Character.charCount(codePoint);
        }
        return end == 0 ? "" : bare.substring(0, end).strip() + ELLIPSIS;
    }

    private String json(String shownTitle, String shownBody) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", shownTitle);
        fields.put("body", shownBody == null ? "" : shownBody);
        fields.put("url", url);
        if (image != null) {
            fields.put("image", image);
        }
        fields.put("tag", tag);
        fields.put("lang", lang);
        fields.put("dir", dir);
        return JSON.writeValueAsString(fields);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
