package io.tribune.accounts;

import io.tribune.support.Browser;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends the profile's avatar form as a browser does: multipart, with the browser's cookies. */
final class Uploads {

    private static final Pattern ACTION = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----TribuneTestBoundary7MA4YWxkTrZu0gW";

    private Uploads() {}

    /** Sends a file through the avatar form of the page, with the form's CSRF token. */
    static HttpResponse<String> avatar(Browser browser, int port, String page, String fileName, byte[] bytes) {
        Matcher action = ACTION.matcher(page);
        Matcher csrf = CSRF.matcher(page);
        if (!action.find() || !csrf.find()) {
            throw new AssertionError("no avatar form on the page");
        }
        return send(browser, port, action.group(1), csrf.group(1), fileName, bytes);
    }

    /** Sends a file as the avatar form does, with the given token (null: none). */
    static HttpResponse<String> send(
            Browser browser, int port, String action, String csrfToken, String fileName, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfToken != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                            + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(browser.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            http.close();
        }
    }
}
