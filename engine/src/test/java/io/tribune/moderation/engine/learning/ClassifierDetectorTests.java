package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;

class ClassifierDetectorTests {

    private final EngineConfig config = EngineConfig.defaults();
    private final Engine engine = Engine.with(config, LearnedDetectors.create(config));

    @Test
    void scamIsReportedAsSpamWithProbabilityAndWords() {
        String text = "URGENT!!! You won a free cash prize, claim it now at winbig.example before midnight";
        Decision decision = engine.screen(Comment.of("c1", "en", text)).decision();
        RuleHit spam = decision.hits().stream()
                .filter(h -> h.rule() == RuleId.SPAM)
                .findFirst()
                .orElseThrow();
        assertThat(spam.evidence())
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                Evidence.Measure.class,
                                m -> assertThat(m.name()).isEqualTo("classifier:spam")));
        assertThat(spam.evidence())
                .filteredOn(Evidence.Span.class::isInstance)
                .isNotEmpty()
                .allSatisfy(e -> {
                    Evidence.Span span = (Evidence.Span) e;
                    assertThat(text.substring(span.start(), span.end())).isEqualTo(span.match());
                });
    }

    /** Repeated words once pushed a long comment's labels towards certainty (held for extremism on "und"). */
    @Test
    void aLongOrdinaryCommentIsApproved() {
        String letter =
                "Ich wohne seit zwanzig Jahren in diesem Viertel und habe die Entwicklung der Straße genau verfolgt. "
                        + "Als die Stadt vor fünf Jahren die ersten Pläne vorgestellt hat, waren viele von uns skeptisch, weil "
                        + "die Bauarbeiten damals schon einmal monatelang gedauert haben. Trotzdem finde ich, dass der Artikel "
                        + "die Lage fair beschreibt. Die Busse fahren inzwischen pünktlicher, die Radwege sind breiter, und die "
                        + "Kinder können sicherer zur Schule gehen. Was mich stört, ist die Frage der Parkplätze: Die Anwohner "
                        + "wurden kaum gefragt, und die Händler haben Umsatz verloren. Ich würde mir wünschen, dass die Zeitung "
                        + "noch einmal nachfragt, wie die Stadt die Händler unterstützen will und wann die versprochene "
                        + "Bürgerversammlung stattfindet. Die Kosten sollten offen gelegt werden, damit alle wissen, woran sie "
                        + "sind. Im Großen und Ganzen bin ich aber zufrieden und hoffe, dass die zweite Bauphase schneller geht.";
        String repeated = "Der Stadtrat sollte die Kosten veröffentlichen. ".repeat(300);
        for (String text : new String[] {letter, repeated}) {
            Decision decision = engine.screen(Comment.of("c-long", "de", text)).decision();
            assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void ordinaryCriticismOfAPoliticianIsApproved() {
        Decision decision = engine.screen(
                        Comment.of("c2", "en", "The prime minister has handled this badly and should resign."))
                .decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void registeredClassifiersAreTheOnesTheEngineUses() {
        EditionClassifiers shared = EditionClassifiers.open(EngineConfig.defaults());
        EngineConfig withShared = EngineConfig.defaults().component(EditionClassifiers.class, shared);
        Engine sharedEngine = Engine.with(withShared, LearnedDetectors.create(withShared));
        String text = "Lovely sourdough at the Crumb Corner bakery, pop in this weekend";
        for (int i = 0; i < 8; i++) {
            shared.learn("en", text, "advertising");
        }
        Decision decision = sharedEngine.screen(Comment.of("c3", "en", text)).decision();
        assertThat(decision.hits()).extracting(RuleHit::rule).contains(RuleId.ADVERTISING);
    }
}
