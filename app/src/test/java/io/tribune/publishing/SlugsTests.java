package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void latinLettersLoseTheirAccentsAndLigaturesAreSpelledOut() {
        assertThat(Slugs.of("Élection à Málaga: ¿qué pasó?")).isEqualTo("election-a-malaga-que-paso");
        assertThat(Slugs.of("Große Straße, Æsir og Øresund")).isEqualTo("grosse-strasse-aesir-og-oresund");
        assertThat(Slugs.of("Łódź’s mayor")).isEqualTo("lodz-s-mayor");
    }

    @Test
    void cyrillicIsTransliteratedByTheIcaoTable() {
        assertThat(Slugs.of("Жители Щёлково ждут ответа")).isEqualTo("zhiteli-shchelkovo-zhdut-otveta");
        assertThat(Slugs.of("Хабаровск: цены на юге и в Ярославле"))
                .isEqualTo("khabarovsk-tseny-na-iuge-i-v-iaroslavle");
        assertThat(Slugs.of("Подъезд, объём, мышь, Эрмитаж, Йошкар-Ола"))
                .isEqualTo("podieezd-obieem-mysh-ermitazh-ioshkar-ola");
        assertThat(Slugs.of("Київ і Ґрунт")).isEqualTo("kiiv-i-grunt");
    }

    @Test
    void arabicIsWrittenByTheLetterTableWithoutItsVowelMarks() {
        assertThat(Slugs.of("مجلس المدينة يصوّت على الميزانية")).isEqualTo("mjls-almdyna-yswt-la-almyzanya");
        assertThat(Slugs.of("خطة الشرق")).isEqualTo("khta-alshrq");
        assertThat(Slugs.of("كأس ٢٠٢٦")).isEqualTo("kas-2026");
        assertThat(Slugs.of("عـــاجل")).isEqualTo("ajl");
    }

    @Test
    void digitsOfAnyScriptAndMixedHeadlinesKeepTheirOrder() {
        assertThat(Slugs.of("G7 встреча в Риме — 2026")).isEqualTo("g7-vstrecha-v-rime-2026");
        assertThat(Slugs.of("Ηλιος and 東京 news")).isEqualTo("and-news");
    }

    @Test
    void nothingReadableLeavesNothingForTheCallerToReplace() {
        assertThat(Slugs.of("🔥🔥🎉")).isEmpty();
        assertThat(Slugs.of("\u200F\u200E\u061C")).isEmpty();
        assertThat(Slugs.of("  -- !!! ")).isEmpty();
        assertThat(Slugs.of("")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void directionMarksAndJoinersDoNotSplitWords() {
        assertThat(Slugs.of("\u200Fمرحبا\u200F بالعالم")).isEqualTo("mrhba-balalm");
        assertThat(Slugs.of("👩\u200D👩\u200D👧 family")).isEqualTo("family");
    }

    @Test
    void markupAndSqlAreOnlyWords() {
        assertThat(Slugs.of("<script>alert('x')</script> Headline")).isEqualTo("script-alert-x-script-headline");
        assertThat(Slugs.of("Robert'); DROP TABLE article;--")).isEqualTo("robert-drop-table-article");
    }

    @Test
    void aLongHeadlineIsCutOnAWordBoundary() {
        String slug = Slugs.of("Харбор ".repeat(2000));

        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .doesNotEndWith("-")
                .endsWith("kharbor");
        assertThat(Slugs.of("x".repeat(10_000))).hasSize(Slugs.MAX_LENGTH);
        assertThat(Slugs.of("word ".repeat(30), 12)).isEqualTo("word-word");
    }

    @Test
    void aSlugIsWhatTheAddressPatternAccepts() {
        for (String headline : new String[] {"Élan", "Жара", "حرارة", "a—b", "A  B", "9"}) {
            assertThat(Slugs.of(headline)).matches("[a-z0-9][a-z0-9-]*[a-z0-9]|[a-z0-9]");
        }
    }
}
