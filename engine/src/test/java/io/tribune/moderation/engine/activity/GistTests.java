package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GistTests {

    @Test
    void normalisationFoldsCaseWidthPunctuationAndEmoji() {
        assertThat(Gist.normalise("Ｔｈｅ TOWER is a Disgrace!!! 😡 #SaveOurMarket"))
                .isEqualTo("the tower is a disgrace saveourmarket");
    }

    @Test
    void normalisationDropsDiacriticMarksLeftAfterComposition() {
        assertThat(Gist.normalise("نَرْفُضُ")).isEqualTo("نرفض");
        assertThat(Gist.normalise("e\u0301te\u0301")).isEqualTo("été");
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfghjkl", "hahahahaha", "ааааааааа", "????", "lol lol lol", "😀😀😀", "xkcdqzt"})
    void keyboardMashStutterSymbolsAndRepetitionAreIncoherent(String text) {
        assertThat(Gist.of(text).isIncoherent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The council should publish the full budget before the vote.",
                "Полностью согласен с автором статьи.",
                "Angstschweiß und Strümpfe gehören nicht in die Zeitung.",
                "¿Y los fines de semana hasta qué hora?",
                "haha",
                "mama"
            })
    void ordinaryTextIsCoherent(String text) {
        assertThat(Gist.of(text).isIncoherent()).isFalse();
    }

    @Test
    void wordsAreCountedAfterNormalisation() {
        assertThat(Gist.of("Carril bici = atascos!!!").tokens()).isEqualTo(3);
        assertThat(Gist.of("   ").tokens()).isZero();
        assertThat(Gist.of("東京は今日も雨です").tokens()).isGreaterThan(1);
    }

    @Test
    void tenThousandCombiningMarksAreBoundedWork() {
        Gist gist = Gist.of("a" + "\u0301".repeat(10_000));
        assertThat(gist.normalised()).hasSizeLessThanOrEqualTo(Gist.MAX_CHARS);
        assertThat(gist.tokens()).isEqualTo(1);
    }
}
