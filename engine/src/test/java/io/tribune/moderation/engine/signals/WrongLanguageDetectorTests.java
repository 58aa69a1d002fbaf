package io.tribune.moderation.engine.signals;

import static io.tribune.moderation.engine.signals.Screener.screen;
import static io.tribune.moderation.engine.signals.Screener.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrongLanguageDetectorTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Der Bürgermeister hat wieder einmal nichts gegen die Staus in der Innenstadt getan.|de",
                "en|Это решение давно назрело, жаль что так поздно.|ru",
                "ru|The decision came far too late for the people who lost their homes.|en",
                "es|Il governo ha fatto bene a intervenire subito sui prezzi dell'energia.|it",
                "fr|Die Regierung hätte das schon viel früher machen müssen.|de",
                "ar|This is the best news I have read all week, well done to everyone.|en",
                "de|Bu karar çok geç geldi, insanlar çok zor durumda.|tr"
            })
    void commentInAnotherLanguageIsRejected(String edition, String text, String language) {
        var decision = screen(edition, text);
        assertThat(verdict(decision, RuleId.WRONG_LANGUAGE)).isEqualTo(Verdict.REJECT);
        var evidence = Screener.hit(decision, RuleId.WRONG_LANGUAGE)
                .orElseThrow()
                .evidence()
                .get(0);
        assertThat(((Evidence.Language) evidence).language()).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Rhubarb, a dash of schnapps and a sliver of jalapeño? Sounds like a proper fiesta.",
                "en|Their new signing Jean-Baptiste N'Golo played with real élan. Chapeau.",
                "en|As the French say, « plus ça change, plus c'est la même chose » and they are right.",
                "en|Full text at https://www.bundesregierung.de/breg-de/aktuelles/pressemitteilungen today.",
                "en|Merci beaucoup!",
                "ru|Согласен, VAR решил правильно.",
                "es|Totalmente de acuerdo.",
                "de|Das Comeback war einfach der Hammer, ein echtes Happy End.",
                "fr|Bravo à Aminata Diop, et le storytelling en wolof fonctionne parfaitement.",
                "ar|مبروك للأهلي 🎉🎉",
                "en|😂😂😂👍"
            })
    void loanwordsNamesLinksEmojiQuotesAndShortRepliesPass(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.WRONG_LANGUAGE)).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void latinTransliterationInTheArabicEditionIsHeldNotRejected() {
        assertThat(verdict(screen("ar", "mabrouk ya shabab, el match kan helw awi"), RuleId.WRONG_LANGUAGE))
                .isEqualTo(Verdict.HOLD);
    }

    @Test
    void standardEngineUsesLinguaAndReportsTheLanguage() {
        var engine = io.tribune.moderation.engine.Engine.standard(io.tribune.moderation.engine.EngineConfig.defaults());
        var decision = engine.screen(io.tribune.moderation.engine.Comment.of(
                        "s", "fr", "Die Regierung hätte das schon viel früher machen müssen."))
                .decision();
        assertThat(decision.language()).isEqualTo("de");
        assertThat(decision.hit(RuleId.WRONG_LANGUAGE)).isTrue();
    }

    @Test
    void modelsOfALanguageSetLoadOncePerJvm() {
        var first = new LinguaLanguages(List.of("en", "de", "xx"), FunctionWords.builtIn());
        var again = new LinguaLanguages(List.of("de", "en"), FunctionWords.builtIn());
        var other = new LinguaLanguages(List.of("en", "fr"), FunctionWords.builtIn());

        assertThat(again.models()).isSameAs(first.models());
        assertThat(other.models()).isNotSameAs(first.models());
        assertThat(again.identify("Die Regierung hätte das schon viel früher machen müssen.", Set.of("en", "de")))
                .map(Evidence.Language::language)
                .contains("de");
        assertThat(other.identify(
                        "Le gouvernement aurait dû agir bien plus tôt dans cette affaire.", Set.of("en", "fr")))
                .map(Evidence.Language::language)
                .contains("fr");
    }

    @Test
    void identifierIsSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new java.util.ArrayList<Future<String>>();
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0
                        ? "The minister promised a decision before the summer recess."
                        : "Der Minister hat eine Entscheidung vor der Sommerpause versprochen.";
                tasks.add(pool.submit(() -> Screener.LANGUAGES
                        .identify(text, Set.of("en", "de", "fr"))
                        .orElseThrow()
                        .language()));
            }
            for (int i = 0; i < tasks.size(); i++) {
                assertThat(tasks.get(i).get()).isEqualTo(i % 2 == 0 ? "en" : "de");
            }
        } finally {
            pool.shutdown();
        }
    }
}
