package io.tribune.system.web;

import io.tribune.system.KeptPage;
import io.tribune.system.KeptPages;
import io.tribune.system.SecurityHeaders;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Answers requests for kept pages (see {@link KeptPages}) inside the servlet container, before the
 * filters, the security chain and the dispatcher: such a page is public and the same for everyone, so
 * all that is left to do is to check the validators and write bytes prepared once. Header values go
 * to the connector as bytes, which spares encoding every header of every response again. Whatever
 * no module keeps goes on down the pipeline untouched.
 */
final class KeptPagesValve extends ValveBase {

    private static final byte[] VARY = ascii("Accept-Encoding");
    private static final byte[] GZIP = ascii("gzip");

    private final Supplier<List<KeptPages>> keepers;
    private final Map<String, byte[]> securityHeaders;
    private final Runnable countServed;
    private volatile Stamp date = new Stamp(0, new byte[0]);

    /** @param securityHeaders those of {@link SecurityHeaders#of}, which Spring Security writes elsewhere */
    KeptPagesValve(Supplier<List<KeptPages>> keepers, Map<String, String> securityHeaders, Runnable countServed) {
        super(true);
        this.keepers = keepers;
        this.securityHeaders = bytes(securityHeaders);
        this.countServed = countServed;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Optional<KeptPage> page = keptFor(request);
        if (page.isEmpty()) {
            getNext().invoke(request, response);
            return;
        }
        send(request, response, page.get());
        countServed.run();
    }

    private Optional<KeptPage> keptFor(Request request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        String path = request.getRequestURI();
        if ((query != null && query.length() > RequestLimits.MAX_QUERY) || path.length() > RequestLimits.MAX_PATH) {
            return Optional.empty();
        }
        for (KeptPages keeper : keepers.get()) {
            Optional<KeptPage> page = keeper.find(path);
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    private void send(Request request, Response response, KeptPage page) throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        securityHeaders.forEach((name, value) -> put(headers, name, value));
        put(headers, "Date", currentDate());
        put(headers, "Cache-Control", ascii(page.cacheControl()));
        put(headers, "ETag", ascii(etag));
        put(headers, "Last-Modified", ascii(page.lastModifiedHeader()));
        put(headers, "Vary", VARY);
        if (isNotModified(request, etag, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        put(headers, "Content-Type", ascii(page.contentType()));
        if (gzip) {
            put(headers, "Content-Encoding", GZIP);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since. Only the tag
     * of the representation chosen for this request counts, so a 304 always names the tag it matched.
     */
    private static boolean isNotModified(Request request, String etag, KeptPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeader("If-Modified-Since");
        if (since == null) {
            return false;
        }
        long time = FastHttpDateFormat.parseDate(since);
        return time >= 0 && page.lastModified().toEpochMilli() / 1000 <= time / 1000;
    }

    /**
     * Whether gzip is acceptable (RFC 9110 section 12.5.3): an explicit {@code gzip} entry decides,
     * wherever it stands; without one, {@code *} does; {@code q=0} refuses.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip")) {
                return !refused(parts);
            }
            if (name.equals("*") && any == null) {
                any = !refused(parts);
            }
        }
        return Boolean.TRUE.equals(any);
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private byte[] currentDate() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = date;
        if (stamp.second != second) {
            stamp = new Stamp(second, ascii(FastHttpDateFormat.getCurrentDate()));
            date = stamp;
        }
        return stamp.header;
    }

    private static void put(MimeHeaders headers, String name, byte[] value) {
        headers.setValue(name).setBytes(value, 0, value.length);
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Map<String, byte[]> bytes(Map<String, String> headers) {
        return headers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, header -> ascii(header.getValue())));
    }

    private record Stamp(long second, byte[] header) {}
}
