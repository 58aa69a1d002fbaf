package io.tribune.accounts.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindAccountsTests {

    @Test
    void wildcardsAndTheEscapeCharacterMatchOnlyThemselves() {
        assertThat(FindAccounts.likePattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(FindAccounts.likePattern("")).isEqualTo("%%");
        assertThat(FindAccounts.likePattern("' or 1=1 --")).isEqualTo("%' or 1=1 --%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ольга", "محمد علي", "o'brien+news@example.org", "<b>", "日本", "\uD83D\uDE00"})
    void namesAddressesAndMarkupInAnyScriptAreReadable(String text) {
        assertThat(FindAccounts.isReadable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\uD800", "x\uDC00y", "\uFFFD", "zero\u200Bwidth", "\u202Eevil", "\uE000"})
    void controlInvisibleAndBrokenCharactersAreNot(String text) {
        assertThat(FindAccounts.isReadable(text)).isFalse();
    }
}
