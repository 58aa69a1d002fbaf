package io.tribune.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A public page rendered once and the same for every reader, ready to be sent as it is: the bytes,
 * their gzip form, and the validators and headers computed once rather than on every request. A
 * feature module hands these out through {@link KeptPages}; the web layer answers with them before
 * any per-request work is done.
 */
public final class KeptPage {

    /** IMF-fixdate of RFC 9110 section 5.6.7: the day always has two digits. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final byte[] body;
    private final byte[] gzipped;
    private final String etag;
    private final Instant lastModified;
    private final String lastModifiedHeader;
    private final String cacheControl;
    private final String contentType;

    private KeptPage(byte[] body, String etag, Instant lastModified, String cacheControl, String contentType) {
        this.body = body;
        this.gzipped = gzip(body);
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastModifiedHeader = HTTP_DATE.format(lastModified);
        this.cacheControl = cacheControl;
        this.contentType = contentType;
    }

    /** An HTML page in UTF-8 with a strong entity tag (quoted, as in RFC 9110 section 8.8.3). */
    public static KeptPage html(byte[] body, String etag, Instant lastModified, String cacheControl) {
        if (!etag.startsWith("\"") || !etag.endsWith("\"") || etag.length() < 3) {
            throw new IllegalArgumentException("not a quoted entity tag: " + etag);
        }
        return new KeptPage(body, etag, lastModified, cacheControl, "text/html;charset=UTF-8");
    }

    public byte[] body() {
        return body;
    }

    /** The same page compressed once with gzip. */
    public byte[] gzipped() {
        return gzipped;
    }

    /** The entity tag of the uncompressed page. */
    public String etag() {
        return etag;
    }

    /** The entity tag of the gzip form: a different representation needs a different strong tag. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** {@code Last-Modified} in the HTTP date format. */
    public String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    public String cacheControl() {
        return cacheControl;
    }

    public String contentType() {
        return contentType;
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
        return "KeptPage[" + etag + ", " + body.length + " bytes, " + gzipped.length + " gzipped]";
    }
}
