package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class KeptPageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "null | false",
                "'' | false",
                "gzip | true",
                "GZIP | true",
                "gzip, deflate, br, zstd | true",
                "br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
                "gzip;q=0 | false",
                "gzip; q=0.000 | false",
                "gzip;q=abc | false",
                "deflate, br | false",
                "* | true",
                "*;q=0 | false",
                "'*, gzip;q=0' | false",
                "'gzip;q=0, *' | false",
                "'*;q=0, gzip' | true",
                "x-gzip | false",
                "identity | false",
            })
    void gzipIsSentOnlyWhenTheReaderAcceptsIt(String acceptEncoding, boolean gzip) {
        assertThat(KeptPage.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @Test
    void lastModifiedIsAnImfFixdateWithTwoDigitDays() {
        KeptPage page = KeptPage.html(
                "<p>x</p>".getBytes(StandardCharsets.UTF_8),
                "\"abc\"",
                Instant.parse("2026-12-03T09:05:07Z"),
                "public");
        assertThat(page.lastModifiedHeader()).isEqualTo("Thu, 03 Dec 2026 09:05:07 GMT");
        assertThat(page.gzipEtag()).isEqualTo("\"abc-gz\"");
    }

    private static final KeptPage PAGE = KeptPage.html(
            "<p>kept</p>".repeat(100).getBytes(StandardCharsets.UTF_8),
            "\"abc\"",
            Instant.parse("2026-12-03T09:05:07Z"),
            "max-age=60, public");

    @Test
    void aConditionalGetIsAnsweredNotModifiedOnlyForTheTagOfTheFormTheReaderAccepts() throws IOException {
        MockHttpServletResponse gzipWithPlainTag = send(get("Accept-Encoding", "gzip", "If-None-Match", "\"abc\""));
        MockHttpServletResponse gzipWithGzipTag =
                send(get("Accept-Encoding", "gzip", "If-None-Match", "W/\"x\", \"abc-gz\""));
        MockHttpServletResponse plainSinceModified = send(get("If-Modified-Since", "Thu, 03 Dec 2026 09:05:07 GMT"));
        MockHttpServletResponse plainSinceBefore = send(get("If-Modified-Since", "Thu, 03 Dec 2026 09:05:06 GMT"));

        assertThat(gzipWithPlainTag.getStatus()).isEqualTo(200);
        assertThat(gzipWithPlainTag.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipWithGzipTag.getStatus()).isEqualTo(304);
        assertThat(gzipWithGzipTag.getHeader("ETag")).isEqualTo("\"abc-gz\"");
        assertThat(gzipWithGzipTag.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzipWithGzipTag.getContentAsByteArray()).isEmpty();
        assertThat(plainSinceModified.getStatus()).isEqualTo(304);
        assertThat(plainSinceBefore.getStatus()).isEqualTo(200);
    }

    @Test
    void headStatesTheLengthOfTheBodyItLeavesOut() throws IOException {
        MockHttpServletRequest head = get();
        head.setMethod("HEAD");

        MockHttpServletResponse response = send(head);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentLength()).isEqualTo(1100);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    private static MockHttpServletRequest get(String... nameValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/world/kept");
        for (int i = 0; i < nameValues.length; i += 2) {
            request.addHeader(nameValues[i], nameValues[i + 1]);
        }
        return request;
    }

    private static MockHttpServletResponse send(MockHttpServletRequest request) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        PAGE.answer(request).send(response);
        return response;
    }
}
