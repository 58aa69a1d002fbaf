package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The drawn default avatar: which letters, which colour, and safe SVG. */
class MediaInitialsTests {

    @Test
    void initialsAreTheFirstLettersOfTheFirstAndLastWords() {
        assertThat(Initials.of("Ada Lovelace")).isEqualTo("AL");
        assertThat(Initials.of("jean-luc de la picard")).isEqualTo("JP");
        assertThat(Initials.of("Иван Петров")).isEqualTo("ИП");
        assertThat(Initials.of("ärger über")).isEqualTo("ÄÜ");
        assertThat(Initials.of("Plato")).isEqualTo("P");
    }

    @Test
    void joiningAndIdeographicScriptsGetOneLetter() {
        assertThat(Initials.of("محمد علي")).isEqualTo("م");
        assertThat(Initials.of("毛 泽东")).isEqualTo("毛");
    }

    @Test
    void namesWithoutLettersGetAQuestionMark() {
        assertThat(Initials.of("🙂 123")).isEqualTo("?");
        assertThat(Initials.of("")).isEqualTo("?");
        assertThat(Initials.of(null)).isEqualTo("?");
        assertThat(Initials.of("🙂 Bob")).isEqualTo("B");
    }

    @Test
    void theColourDependsOnlyOnTheSeed() {
        assertThat(Initials.hue(42)).isEqualTo(Initials.hue(42)).isBetween(0, 359);
        assertThat(Initials.hue(1)).isNotEqualTo(Initials.hue(2));
        assertThat(Initials.hue(-7)).isBetween(0, 359);
    }

    @Test
    void theDrawingAcceptsOnlyInitialsAndEscapesThem() {
        assertThat(Initials.isInitials("ИП")).isTrue();
        assertThat(Initials.isInitials("?")).isTrue();
        assertThat(Initials.isInitials("<s")).isFalse();
        assertThat(Initials.isInitials("ABC")).isFalse();
        assertThat(Initials.isInitials("")).isFalse();
        assertThat(Initials.svg("<&", 10)).contains("&lt;&amp;").doesNotContain("<&");
        assertThat(Initials.svg("ИП", 10)).startsWith("<svg").contains(">ИП</text>");
    }
}
