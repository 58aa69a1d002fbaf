package io.tribune.publishing.gallery;

import io.tribune.support.Browser;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends a gallery page's upload form as a browser does: multipart, with the browser's cookies. */
final class GalleryUploads {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final String BOUNDARY = "----TribuneGalleryBoundary";

    private GalleryUploads() {}

    /** Uploads the file under {@code fileName} with the caption and credit, with the page's token and version. */
    static HttpResponse<String> upload(
            Browser browser,
            int port,
            String page,
            String action,
            String fileName,
            byte[] file,
            String caption,
            String credit) {
        Matcher csrf = CSRF.matcher(page);
        Matcher version = VERSION.matcher(page);
        if (!csrf.find() || !version.find()) {
            throw new AssertionError("no upload form on the page");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields =
                Map.of("_csrf", csrf.group(1), "version", version.group(1), "caption", caption, "credit", credit);
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(browser.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
