package io.tribune.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import org.apache.tomcat.util.http.FastHttpDateFormat;

/**
 * A public page rendered once and the same for every reader, ready to be sent as it is: the bytes,
 * their gzip form, and the validators and headers computed once rather than on every request. A
 * feature module hands these out through {@link KeptPages}; the web layer answers with them before
 * any per-request work is done. The controller that has just rendered the page answers with
 * {@link #answer} too, so that a kept page and a fresh one cannot answer differently.
 */
public final class KeptPage {

    /** IMF-fixdate of RFC 9110 section 5.6.7: the day always has two digits. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private static final byte[] NO_BODY = new byte[0];

    private final String etag;
    private final Instant lastModified;
    private final String lastModifiedHeader;
    private final Form plain;
    private final Form gzipped;

    private KeptPage(byte[] body, String etag, Instant lastModified, String cacheControl, String contentType) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastModifiedHeader = HTTP_DATE.format(lastModified);
        this.plain = new Form(body, etag, cacheControl, lastModifiedHeader, contentType, null);
        this.gzipped = new Form(gzip(body), gzipEtag(etag), cacheControl, lastModifiedHeader, contentType, "gzip");
    }

    /** An HTML page in UTF-8 with a strong entity tag (quoted, as in RFC 9110 section 8.8.3). */
    public static KeptPage html(byte[] body, String etag, Instant lastModified, String cacheControl) {
        if (!etag.startsWith("\"") || !etag.endsWith("\"") || etag.length() < 3) {
            throw new IllegalArgumentException("not a quoted entity tag: " + etag);
        }
        return new KeptPage(body, etag, lastModified, cacheControl, "text/html;charset=UTF-8");
    }

    /** The entity tag of the uncompressed page. */
    public String etag() {
        return etag;
    }

    /** The entity tag of the gzip form: a different representation needs a different strong tag. */
    public String gzipEtag() {
        return gzipped.etag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** {@code Last-Modified} in the HTTP date format. */
    public String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    /**
     * The answer to a GET or HEAD of this page: the form the reader accepts (gzip or not), or 304
     * when the reader's copy is that form's current one. {@code If-Match} and
     * {@code If-Unmodified-Since} guard changes and ranges; a page that is only read and always sent
     * whole leaves them aside.
     */
    public Answer answer(HttpServletRequest request) {
        Form form = acceptsGzip(request.getHeader("Accept-Encoding")) ? gzipped : plain;
        if (isNotModified(request, form.etag)) {
            return new Answer(HttpServletResponse.SC_NOT_MODIFIED, form.validators, NO_BODY, -1);
        }
        byte[] body = "HEAD".equals(request.getMethod()) ? NO_BODY : form.body;
        return new Answer(HttpServletResponse.SC_OK, form.headers, body, form.body.length);
    }

    /**
     * RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since. Only the tag
     * of the representation chosen for this request counts, so a 304 always names the tag it matched.
     */
    private boolean isNotModified(HttpServletRequest request, String formEtag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(formEtag)) {
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
        return time >= 0 && lastModified.toEpochMilli() / 1000 <= time / 1000;
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

    private static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "KeptPage[" + etag + ", " + plain.body.length + " bytes, " + gzipped.body.length + " gzipped]";
    }

    /**
     * One representation of the page: its bytes, the headers of a 304 (what a cache needs to refresh
     * its copy) and those of a 200, their values as bytes for the connector.
     */
    private static final class Form {

        private final byte[] body;
        private final String etag;
        private final List<Header> validators;
        private final List<Header> headers;

        Form(
                byte[] body,
                String etag,
                String cacheControl,
                String lastModified,
                String contentType,
                String contentEncoding) {
            this.body = body;
            this.etag = etag;
            this.validators = List.of(
                    new Header("Cache-Control", cacheControl),
                    new Header("ETag", etag),
                    new Header("Last-Modified", lastModified),
                    new Header("Vary", "Accept-Encoding"));
            List<Header> headers = new ArrayList<>(validators);
            headers.add(new Header("Content-Type", contentType));
            if (contentEncoding != null) {
                headers.add(new Header("Content-Encoding", contentEncoding));
            }
            this.headers = List.copyOf(headers);
        }
    }

    private record Header(String name, byte[] value) {

        Header(String name, String value) {
            this(name, value.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The status, headers and body of one answer, ready for whichever layer writes it out. */
    public static final class Answer {

        private final int status;
        private final List<Header> headers;
        private final byte[] body;
        private final int contentLength;

        private Answer(int status, List<Header> headers, byte[] body, int contentLength) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.contentLength = contentLength;
        }

        public int status() {
            return status;
        }

        /**
         * Writes the answer, each header through {@code header}: the servlet container's own layer
         * hands the value bytes to the connector as they are.
         */
        public void send(HttpServletResponse response, BiConsumer<String, byte[]> header) throws IOException {
            response.setStatus(status);
            for (Header each : headers) {
                header.accept(each.name(), each.value());
            }
            if (contentLength >= 0) {
                response.setContentLength(contentLength);
                if (body.length > 0) {
                    response.getOutputStream().write(body);
                }
            }
        }

        /** Writes the answer through the servlet API alone. */
        public void send(HttpServletResponse response) throws IOException {
            send(response, (name, value) -> response.setHeader(name, new String(value, StandardCharsets.ISO_8859_1)));
        }
    }
}
