package io.tribune.moderation.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisedTextTests {

    /** Pieces random texts are built from: the hard cases of real comments and of evasion. */
    private static final String[] PIECES = {
        "a", "Z", "ж", "Ж", "é", "e\u0301", "\u0301", "\u0336", "\u200B", "\u200D", "\u202E", "\u2066", "\uFEFF", "😀",
        "👍🏽", "🇬🇧", "\uD83D", "\uDE00", "ｆ", "Ａ", "ﬁ", "ß", "İ", "ǅ", "𝐟", "🅵", "١", "ع", "ـ", "ة", " ", ".", "*",
        "@", "$", "1", "0", "'", "\"", "«", "»", "-", "_", "\n", "\t", "\u0000", "ⓕ", "Ⅻ", "㎏", "ᴀ", "ǰ", "()", "[_]",
        "|_|", "\\/", "|<", "--", "---", "Ꮪ", "ᑌ", "⒡", "🇫", "f", "k"
    };

    static Stream<Arguments> randomTexts() {
        Random random = new Random(20261127L);
        return IntStream.range(0, 300).mapToObj(n -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return Arguments.of(text.toString());
        });
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void everyFoldedCharMapsInsideTheOriginalWithoutSplittingSurrogatePairs(String original) {
        NormalisedText normalised = NormalisedText.of(original);
        int previousStart = 0;
        for (int i = 0; i < normalised.length(); i++) {
            int start = normalised.originalStart(i);
            int end = normalised.originalEnd(i);
            assertThat(start).isBetween(0, original.length() - 1);
            assertThat(end).isBetween(start + 1, original.length());
            assertThat(start).isGreaterThanOrEqualTo(previousStart);
            assertThat(splitsPair(original, start)).isFalse();
            assertThat(splitsPair(original, end)).isFalse();
            previousStart = start;
        }
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void tokenSpansLieInsideTheOriginalAndMatchIt(String original) {
        for (Token token : NormalisedText.of(original).tokens()) {
            assertThat(token.start()).isBetween(0, original.length() - 1);
            assertThat(token.end()).isBetween(token.start() + 1, original.length());
            assertThat(splitsPair(original, token.start())).isFalse();
            assertThat(splitsPair(original, token.end())).isFalse();
            assertThat(token.forms()).isNotEmpty().first().isEqualTo(token.text());
        }
    }

    @Test
    void tenThousandCombiningMarksFoldToTheirBaseLetter() {
        String text = "x" + "\u0301".repeat(10_000) + "y";
        NormalisedText normalised = NormalisedText.of(text);
        assertThat(normalised.text()).isEqualTo("xy");
        assertThat(normalised.originalEnd(1)).isEqualTo(text.length());
    }

    @Test
    void foldedLengthStaysProportionalToTheOriginal() {
        String text = "ﬃ𝐟Ａ😀\u202Eé ".repeat(30_000);
        NormalisedText normalised = NormalisedText.of(text);
        assertThat(normalised.length()).isLessThanOrEqualTo(3 * text.length());
        assertThat(normalised.tokens()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＦＵＣＫ", "F\u200BU\u200DC\u202EK", "fúçk", "𝐟𝐮𝐜𝐤", "🅵🆄🅲🅺", "ⓕⓤⓒⓚ"})
    void compatibilityFormsCaseAndInvisibleCharsFold(String spelling) {
        assertThat(NormalisedText.of(spelling).tokens())
                .singleElement()
                .extracting(Token::text)
                .isEqualTo("fuck");
    }

    @Test
    void homoglyphsFoldTowardTheScriptOfMostLetters() {
        // Cyrillic с and о among Latin letters read as Latin; Latin x and y among Cyrillic read as Cyrillic
        assertThat(forms("fuсk")).contains("fuck");
        assertThat(forms("xyйня")).contains("хуиня");
        assertThat(NormalisedText.of("слово").tokens().get(0).forms()).containsExactly("слово");
    }

    @Test
    void leetspeakDigitsAndSymbolsReadAsLetters() {
        assertThat(forms("sh1t")).contains("shit");
        assertThat(forms("b17ch")).contains("bitch");
        assertThat(forms("a$$")).contains("ass");
        assertThat(forms("@$$")).contains("ass");
        assertThat(forms("2019")).containsExactly("2019");
        assertThat(forms("45s")).containsExactly("45s");
    }

    @Test
    void spacedSingleLettersJoinIntoOneWord() {
        for (String spaced : List.of("f.u.c.k", "f u c k", "f-u-c-k", "F_u c_K", "f*u*c*k", "f!u!c!k")) {
            List<Token> tokens = NormalisedText.of(spaced + " this").tokens();
            assertThat(tokens.get(0).forms()).as(spaced).contains("fuck");
            assertThat(tokens.get(0).start()).isZero();
            assertThat(tokens.get(0).end()).isEqualTo(spaced.length());
        }
        assertThat(NormalisedText.of("I am a fan").tokens()).hasSize(4);
    }

    @Test
    void stretchedLettersAreCutToOneAndToTwo() {
        assertThat(forms("fuuuuuck")).contains("fuck");
        assertThat(forms("cooool")).contains("cool");
        assertThat(forms("good")).containsExactly("good");
        assertThat(NormalisedText.of("fuuck").tokens().get(0).squeezed()).contains("fuck");
    }

    @Test
    void maskedLettersAreKeptAsMasks() {
        Token token = NormalisedText.of("f**k").tokens().get(0);
        assertThat(token.masked()).isTrue();
        assertThat(token.forms()).contains("f**k");
        assertThat(NormalisedText.of("*hello*").tokens().get(0).text()).isEqualTo("hello");
    }

    @Test
    void aDashOfHyphensBetweenTwoWordsSeparatesThem() {
        assertThat(NormalisedText.of("upset--it").tokens())
                .extracting(Token::text)
                .containsExactly("upset", "it");
        assertThat(NormalisedText.of("bus---its").tokens())
                .extracting(Token::text)
                .containsExactly("bus", "its");
        for (String masked : List.of("f--k", "sh--ting", "fa--got", "bull--t")) {
            List<Token> tokens = NormalisedText.of(masked).tokens();
            assertThat(tokens).as(masked).hasSize(1);
            assertThat(tokens.get(0).masked()).as(masked).isTrue();
        }
    }

    @Test
    void sentencesAreCounted() {
        List<Token> tokens = NormalisedText.of("One two. Three? Four").tokens();
        assertThat(tokens).extracting(Token::sentence).containsExactly(0, 0, 1, 2);
    }

    private static List<String> forms(String word) {
        return NormalisedText.of(word).tokens().get(0).forms();
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0
                && offset < text.length()
                && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1));
    }
}
