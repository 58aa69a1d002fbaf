package io.tribune.moderation.engine.signals;

import static io.tribune.moderation.engine.signals.Screener.screen;
import static io.tribune.moderation.engine.signals.Screener.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.ArticleCloseness;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RelatednessDetectorTests {

    private static final ArticleText FLOODS = new ArticleText(
            "River levels rise as heavy rain floods villages in Yorkshire",
            "The Environment Agency has issued twelve flood warnings after two days of rain.",
            "");

    @Test
    void questionAboutSomethingElseIsHeldWithItsRelatedness() {
        var decision = screen(
                "en", "Does anyone know a good dentist in Leeds city centre who takes new patients?", FLOODS, null);
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.HOLD);
        assertThat(Screener.hit(decision, RuleId.OFF_TOPIC).orElseThrow().evidence())
                .contains(new Evidence.Measure("relatedness", 0.0));
    }

    @Test
    void commentOnTheArticlesSubjectPasses() {
        var decision = screen(
                "en",
                "Does anyone know if the flood warnings cover the villages near the river Ouse as well?",
                FLOODS,
                null);
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void shortReactionsPass() {
        assertThat(verdict(screen("en", "Great article, thanks.", FLOODS, null), RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
        assertThat(verdict(screen("en", "I agree with you.", FLOODS, null), RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void replyRelatedToItsParentPasses() {
        String parent = "My neighbour recommended a dentist in Leeds, very friendly staff.";
        var decision = screen("en", "Does anyone know if that dentist in Leeds takes new patients?", FLOODS, parent);
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void withoutArticleTextNothingIsJudged() {
        var decision = screen("en", "Does anyone know a good dentist in Leeds city centre who takes new patients?");
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.APPROVE);
    }

    private static final ArticleText LIBRARY_DE = new ArticleText(
            "Stadt schließt das Rathaus an der Marktstraße",
            "Ab März ziehen die Ämter in einen Neubau am Bahnhof.",
            "");

    private static final ArticleText RATES_FR = new ArticleText(
            "La métropole augmente le prix des transports",
            "Le ticket à l'unité passera de 1,90 à 2,20 euros en janvier.",
            "");

    @Test
    void aShortQuestionToOtherReadersIsNotHeldForSharingNoWordWithTheArticle() {
        // In editions without an encoder nothing but words tells whether a question is about the article;
        // asking other readers something is how discussion under an article starts.
        assertThat(verdict(
                        screen("de", "Weiß jemand, ob die Bücherei im Erdgeschoss bleibt?", LIBRARY_DE, null),
                        RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
        assertThat(verdict(
                        screen("fr", "Quelqu'un sait si les abonnés seniors gardent leur réduction ?", RATES_FR, null),
                        RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void askingReadersToRecommendATradesmanIsStillHeld() {
        var decision = screen(
                "de",
                "Kennt jemand einen guten Zahnarzt in Gohlis? Meiner geht nächsten Monat in Rente.",
                LIBRARY_DE,
                null);
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aLongQuestionAboutOnesOwnAffairsIsStillHeld() {
        var decision = screen(
                "fr",
                "Quelqu'un sait comment on enlève le calcaire sur une paroi de douche ? J'ai essayé le vinaigre blanc,"
                        + " le bicarbonate et même le citron, rien ne marche et la vitre reste toute blanche.",
                RATES_FR,
                null);
        assertThat(verdict(decision, RuleId.OFF_TOPIC)).isEqualTo(Verdict.HOLD);
    }

    private static final ArticleText MARKET_RU = new ArticleText(
            "Город закрывает старый рынок на Садовой", "С марта торговцев переведут в новый павильон у вокзала.", "");

    @Test
    void aQuestionWhoseWordsOnlyResembleARequestForATradesmanIsNotHeld() {
        assertThat(verdict(
                        screen("en", "Does anyone know whether any local councillors voted against it?", FLOODS, null),
                        RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
        assertThat(verdict(
                        screen(
                                "de",
                                "Weiß jemand, ob ein Gutachten zur Brücke veröffentlicht wurde?",
                                LIBRARY_DE,
                                null),
                        RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
        assertThat(verdict(
                        screen(
                                "ru",
                                "Посоветуйте, как теперь объяснить детям, куда ходить по субботам?",
                                MARKET_RU,
                                null),
                        RuleId.OFF_TOPIC))
                .isEqualTo(Verdict.APPROVE);
    }

    /** A long question that shares no word with the article: held on words alone, cleared by closeness. */
    private static final String LONG_QUESTION =
            "Does anybody know whether the coastal road past the harbour and the old"
                    + " lighthouse will reopen before Saturday's market? My mother drives that way every week.";

    @Test
    void theEncodersClosenessClearsAHoldFromTheThresholdTheRuleSets() {
        var config = EngineConfig.defaults().languages(Screener.LANGUAGES);
        var close =
                Engine.with(config, SignalDetectors.create(config, Screener.LANGUAGES, s -> OptionalDouble.of(0.1)));
        var far = Engine.with(config, SignalDetectors.create(config, Screener.LANGUAGES, s -> OptionalDouble.of(0.09)));
        Comment comment = new Comment("t", "en", LONG_QUESTION, null, null, Instant.EPOCH, FLOODS, null, Standing.NEW);

        assertThat(verdict(far.screen(comment).decision(), RuleId.OFF_TOPIC)).isEqualTo(Verdict.HOLD);
        assertThat(Screener.hit(far.screen(comment).decision(), RuleId.OFF_TOPIC)
                        .orElseThrow()
                        .evidence())
                .contains(new Evidence.Measure(ArticleCloseness.MEASURE, 0.09));
        assertThat(verdict(close.screen(comment).decision(), RuleId.OFF_TOPIC)).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void stemsMatchInflectedForms() {
        assertThat(Terms.stem("flooding")).isEqualTo(Terms.stem("floods"));
        assertThat(Terms.stem("الفيضانات")).isEqualTo(Terms.stem("فيضانات"));
    }
}
