package io.tribune.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.system.KeptPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeptPagesValveTests {

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
        assertThat(KeptPagesValve.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
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
}
