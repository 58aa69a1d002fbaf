package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.RuleId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A near miss labelled {@code ok:RULE} teaches that rule's head and leaves every other head as it was. */
class NearMissTests {

    private static final SentenceEncoder ENCODER = ShippedEncoder.shared();

    private static List<Labelled> base() {
        List<Labelled> all = new ArrayList<>();
        String[] hate = {
            "Those people are vermin and should be driven out.",
            "That whole race is subhuman.",
            "They breed like rats and ruin every town.",
            "Their kind are a disease on this country.",
            "People like that are animals, not humans."
        };
        String[] insult = {
            "You are a pathetic idiot and everyone knows it.",
            "Shut up, you worthless clown.",
            "I will find you and make you regret writing this.",
            "The author is a brainless moron.",
            "Go away, you miserable loser."
        };
        String[] ok = {
            "The council meets again on Tuesday.",
            "Good piece, thanks for the detail on the budget.",
            "I disagree with the conclusion but the reporting is fair.",
            "The bus timetable changes next month.",
            "My grandmother grew up in that street.",
            "Lovely photos of the harbour."
        };
        for (int i = 0; i < hate.length; i++) {
            all.add(new Labelled("hate-" + i, hate[i], RuleId.HATE, ArticleText.NONE));
            all.add(new Labelled("insult-" + i, insult[i], RuleId.INSULT_THREAT, ArticleText.NONE));
        }
        for (int i = 0; i < ok.length; i++) {
            all.add(new Labelled("ok-" + i, ok[i], null, ArticleText.NONE));
        }
        return all;
    }

    @Test
    void aNearMissOfHateMovesTheHateHeadOnly() {
        List<Labelled> with = base();
        String warm = "Immigrants are hard-working people who keep this town going.";
        with.add(Labelled.of("near", warm, "ok:hate", ArticleText.NONE).orElseThrow());
        SemanticHeads before = SemanticHeads.train(ENCODER, base());
        SemanticHeads after = SemanticHeads.train(ENCODER, with);

        float[] comment = ENCODER.encode(warm);
        assertThat(after.probability(RuleId.HATE, comment)).isLessThan(before.probability(RuleId.HATE, comment));
        for (String text : new String[] {warm, "You are a pathetic fool.", "Nice weather today."}) {
            float[] x = ENCODER.encode(text);
            assertThat(after.probability(RuleId.INSULT_THREAT, x))
                    .as(text)
                    .isEqualTo(before.probability(RuleId.INSULT_THREAT, x));
        }
    }

    @Test
    void anAcceptableCommentWithoutARuleIsANegativeForEveryHead() {
        List<Labelled> with = base();
        with.add(Labelled.of("plain", "Immigrants are hard-working people.", "ok", ArticleText.NONE)
                .orElseThrow());
        float[] x = ENCODER.encode("Immigrants are hard-working people.");
        assertThat(SemanticHeads.train(ENCODER, with).probability(RuleId.INSULT_THREAT, x))
                .isNotEqualTo(SemanticHeads.train(ENCODER, base()).probability(RuleId.INSULT_THREAT, x));
    }

    @Test
    void labelsAreAcceptableANearMissOfOneRuleOrARule() {
        assertThat(Labelled.of("a", "t", "ok", ArticleText.NONE)).hasValueSatisfying(l -> {
            assertThat(l.rule()).isNull();
            assertThat(l.nearMissOf()).isNull();
        });
        assertThat(Labelled.of("a", "t", "ok:hate", ArticleText.NONE)).hasValueSatisfying(l -> {
            assertThat(l.rule()).isNull();
            assertThat(l.nearMissOf()).isEqualTo(RuleId.HATE);
            assertThat(l.teaches(RuleId.HATE)).isTrue();
            assertThat(l.teaches(RuleId.SPAM)).isFalse();
        });
        assertThat(Labelled.of("a", "t", "hate", ArticleText.NONE))
                .hasValueSatisfying(l -> assertThat(l.rule()).isEqualTo(RuleId.HATE));
        for (String bad : new String[] {"ok:", "ok:nonsense", "okay", "", "OK:hate", "ok:hate:spam"}) {
            assertThat(Labelled.of("a", "t", bad, ArticleText.NONE)).as(bad).isEmpty();
        }
    }

    @Test
    void aCounterfactualCopyOfANearMissStaysANearMissOfTheSameRule() {
        Labelled near = Labelled.of("n", "Women are welcome here.", "ok:hate", ArticleText.NONE)
                .orElseThrow();
        List<Labelled> copies = Counterfactuals.expand(List.of(near), List.of("women", "refugees"));
        assertThat(copies).hasSize(2).allSatisfy(c -> assertThat(c.nearMissOf()).isEqualTo(RuleId.HATE));
    }
}
