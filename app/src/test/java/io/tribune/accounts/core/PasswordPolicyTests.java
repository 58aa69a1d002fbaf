package io.tribune.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "8273649102", "Zx9!vQ2#pL7m", "сложный пароль тут"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertThat(policy.problem(password, "ada@example.org", "Ada")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password123",
                "Password2026!",
                "qwertyuiop",
                "1234567890",
                "0987654321",
                "abcdefghij",
                "iloveyou!!!",
                "aaaaaaaaaaaa",
                "abababababab",
                "пароль12345",
                "123football"
            })
    void commonPasswordsAreRefusedEvenWithDecorations(String password) {
        assertThat(policy.problem(password, "ada@example.org", "Ada")).isEqualTo("account.error.password.common");
    }

    @Test
    void passwordsThatRepeatTheAddressOrNameAreRefused() {
        assertThat(policy.problem("lovelace-2026", "lovelace@example.org", "Ada"))
                .isEqualTo("account.error.password.common");
        assertThat(policy.problem("Ada Byron 1815", "ada@example.org", "Ada Byron"))
                .isNull();
        assertThat(policy.problem("adabyron1815", "x@example.org", "Ada Byron"))
                .isEqualTo("account.error.password.common");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9, 129, 10_000})
    void lengthOutsideTenTo128IsRefused(int length) {
        assertThat(policy.problem("x7".repeat(length).substring(0, length), null, null))
                .isEqualTo("account.error.password.length");
    }
}
