package io.tribune.system.web;

import io.tribune.system.KeptPage;
import io.tribune.system.KeptPages;
import io.tribune.system.SecurityHeaders;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        if (path == null) {
            // Tomcat leaves no URI for a target it refused to normalise (a backslash, say)
            return Optional.empty();
        }
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

    /** Writes the headers {@link KeptPage#answer} leaves to the layers a kept page skips, then the answer. */
    private void send(Request request, Response response, KeptPage page) throws IOException {
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        securityHeaders.forEach((name, value) -> put(headers, name, value));
        put(headers, "Date", currentDate());
        page.answer(request).send(response, (name, value) -> put(headers, name, value));
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
