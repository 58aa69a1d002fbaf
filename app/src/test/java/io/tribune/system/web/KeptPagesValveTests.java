package io.tribune.system.web;

import static org.assertj.core.api.Assertions.assertThat;

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
                "x-gzip | false",
                "identity | false",
            })
    void gzipIsSentOnlyWhenTheReaderAcceptsIt(String acceptEncoding, boolean gzip) {
        assertThat(KeptPagesValve.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }
}
