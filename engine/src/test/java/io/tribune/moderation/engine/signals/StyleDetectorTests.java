package io.tribune.moderation.engine.signals;

import static io.tribune.moderation.engine.signals.Screener.screen;
import static io.tribune.moderation.engine.signals.Screener.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleDetectorTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|THE COUNCIL NEVER LISTENS TO ANYONE IN THIS TOWN",
                "ru|ХВАТИТ ВРАТЬ ЛЮДЯМ, ВСЕ ВСЁ ВИДЯТ",
                "de|DAS IST DOCH EINE FRECHHEIT SONDERGLEICHEN",
                "fr|ARRÊTEZ DE NOUS PRENDRE POUR DES IDIOTS, VRAIMENT"
            })
    void textInCapitalsIsRejected(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.REJECT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|NATO, the EU and the G7 all use different definitions. Which one applies?",
                "en|They announced record profits LAST year and now they cut jobs.",
                "es|Los contratos siguen siendo MUY precarios, la verdad.",
                "en|WOW",
                "en|OK thanks",
                "ar|مشاركة وكالة ناسا NASA ووكالة الفضاء الأوروبية ESA في المشروع تمنحه مصداقية كبيرة."
            })
    void acronymsEmphasisShortTextsAndCaselessScriptsPass(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|THE REPORT CAME OUT LAST WEEK ALREADY. why now?",
                "en|Fine by me I suppose but nobody asked the residents what they wanted and that is the real problem here in"
                        + " town because the same thing happened with the car park and the library and the bus station and"
                        + " every time we were told afterwards that it was already decided"
            })
    void partlyShoutedOrCapitalisedRunOnIsHeld(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.HOLD);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|they said it would be cheaper but my bills went up and the buses are late and nobody in charge seems to care at all about us",
                "ru|опять обещали починить дорогу и опять ничего не сделали а мы платим налоги и никто за это не отвечает вообще",
                "ar|الأسعار ترتفع كل يوم والرواتب كما هي والناس تعبت من الوعود ولا أحد يسمع شكاوى المواطنين في هذه المدينة الكبيرة أبدا"
            })
    void runOnWithoutAnySentenceBreakIsRejected(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.REJECT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|I think this is a terrible idea and I will be writing to my councillor to oppose it as soon as I can.",
                "en|Exactly",
                "en|Thanks for the warning. We tied down the garden furniture and moved the car away from the trees."
            })
    void punctuatedOrShortCommentsPass(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Running late because the bus broke down on the ring road so save me a seat near the front and I will be there",
                "en|I only found out this morning that the library closes early on Fridays now which is a shame because that is the"
                        + " one day I have free to go",
                "en|Thanks for the update on the roadworks"
            })
    void aSentenceThatOnlyLacksItsFullStopPasses(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.CAPS_OR_NO_SENTENCES)).isEqualTo(Verdict.APPROVE);
    }
}
