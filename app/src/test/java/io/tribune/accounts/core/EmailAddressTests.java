package io.tribune.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @CsvSource({
        "Ada@Example.ORG, ada@example.org",
        "'  ada@example.org  ', ada@example.org",
        "ａｄａ@ｅｘａｍｐｌｅ.org, ada@example.org",
        "ada@bücher.de, ada@xn--bcher-kva.de",
        "ada+news@sub.example.org, ada+news@sub.example.org"
    })
    void equivalentSpellingsNormaliseToOneAddress(String typed, String stored) {
        assertThat(EmailAddress.parse(typed))
                .hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(stored));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ada",
                "ada@",
                "@example.org",
                "ada@@example.org",
                "a@b@example.org",
                "ada@example",
                "ada@-example.org",
                "ada..lovelace@example.org",
                "ad\u200Ba@example.org",
                "ada@exa\u200Dmple.org",
                "ada@example.org\u202E",
                "ada@ex\u0430mple.org",
                "<script>@example.org",
                "ada lovelace@example.org",
                "x'; drop table account; --@example.org",
                "ада@example.org"
            })
    void hiddenOrMalformedAddressesAreRefused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 300, 100_000})
    void overlongAddressesAreRefused(int localLength) {
        assertThat(EmailAddress.parse("a".repeat(localLength) + "@example.org")).isEmpty();
    }
}
