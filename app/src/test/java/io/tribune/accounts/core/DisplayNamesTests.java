package io.tribune.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNamesTests {

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Анна Каренина", "ليلى", "José Núñez", "O'Brien", "Mary-Jane", "Li Wei 2"})
    void ordinaryNamesAreAccepted(String name) {
        assertThat(DisplayNames.check(name).name()).hasValue(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Moderator",
                "moderator",
                "The M0derat0r",
                "\u041Coderator",
                "M\u043Eder\u0430tor",
                "A.d.m.i.n",
                "Adm1n",
                "ADMIN",
                "T r i b u n e",
                "Tribune Staff",
                "Editor in chief",
                "Модератор",
                "Админ",
                "Редакция",
                "Moderador",
                "المشرف",
                "تريبيون"
            })
    void namesThatImpersonateStaffAreRefused(String name) {
        assertThat(DisplayNames.check(name).problem()).isEqualTo("account.error.displayName.reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Ada</b>", "evil\u202Egnp", "Ada\u200B", "12345", "Ada; drop table", "\uFFFDAda"})
    void namesWithHiddenOrCodeLikeCharactersAreRefused(String name) {
        assertThat(DisplayNames.check(name).problem()).isEqualTo("account.error.displayName.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "  B  "})
    void tooShortNamesAreRefused(String name) {
        assertThat(DisplayNames.check(name).problem()).isEqualTo("account.error.displayName.length");
    }

    @org.junit.jupiter.api.Test
    void whitespaceIsTidied() {
        assertThat(DisplayNames.check("  Ada \t  Lovelace ").name()).hasValue("Ada Lovelace");
    }
}
