package io.tribune.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cookie-keeping HTTP client for a Tribune on a test port that fills in forms the way a person's
 * browser would; it does not follow redirects. Journeys that need a real browser use {@link Chromium}.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("challenge=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String base;
    private final Map<String, String> headers;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.headers = Map.of();
    }

    private Browser(int port, InetAddress localAddress, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .localAddress(localAddress)
                .cookieHandler(new SecureCookiesOverHttp(cookies))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.headers = headers;
    }

    /**
     * A client at a site served over https by a TLS-terminating proxy, talking to Tribune directly as
     * the proxy does (or an attacker who reaches the port): it connects from another local address (a
     * loopback alias such as 127.0.0.2), sends the given headers with every request, e.g.
     * {@code X-Forwarded-For}, and sends Secure cookies over plain HTTP.
     */
    public static Browser from(int port, InetAddress localAddress, Map<String, String> headers) {
        return new Browser(port, localAddress, headers);
    }

    /** The cookies this client keeps, e.g. to carry a remember-me cookie to another "device". */
    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET with extra headers, e.g. {@code HX-Request} as htmx sends it. */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Posts the form, adding the CSRF token taken from {@code page}. */
    public HttpResponse<String> post(String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher csrf = CSRF.matcher(page);
        if (csrf.find()) {
            all.putIfAbsent("_csrf", csrf.group(1));
        }
        return postRaw(path, encode(all));
    }

    public HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<byte[]> postBytes(String path, byte[] body) {
        try {
            return http.send(
                    withHeaders(HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build()),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Solves the proof-of-work challenge on the page, as the widget does, and returns its payload. */
    public static String solveCaptcha(String page) {
        Matcher matcher = CHALLENGE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no captcha on the page");
        }
        return solveChallenge(
                matcher.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&"));
    }

    /** Solves a proof-of-work challenge given as the widget's JSON and returns the widget's payload. */
    public static String solveChallenge(String challengeJson) {
        JsonNode challenge = JSON.readTree(challengeJson);
        String salt = challenge.get("salt").asString();
        String target = challenge.get("challenge").asString();
        long max = challenge.get("maxnumber").asLong();
        for (long n = 0; n <= max; n++) {
            if (sha256(salt + n).equals(target)) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("algorithm", "SHA-256");
                payload.put("challenge", target);
                payload.put("number", n);
                payload.put("salt", salt);
                payload.put("signature", challenge.get("signature").asString());
                payload.put("took", 10);
                return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
            }
        }
        throw new AssertionError("challenge has no solution");
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest withHeaders(HttpRequest request) {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(copy::header);
        return copy.build();
    }

    /** Keeps cookies as if every address were https, so cookies marked Secure are sent over HTTP. */
    private static final class SecureCookiesOverHttp extends CookieHandler {

        private final CookieHandler cookies;

        SecureCookiesOverHttp(CookieHandler cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(https(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(https(uri), responseHeaders);
        }

        private static URI https(URI uri) {
            return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(withHeaders(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
