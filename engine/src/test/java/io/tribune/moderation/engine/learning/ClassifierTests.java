package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ClassifierTests {

    private static final List<Example> EXAMPLES = List.of(
            new Example("The council meeting is on Tuesday evening", "ok"),
            new Example("Great goal in the second half", "ok"),
            new Example("The minister should answer the question", "ok"),
            new Example("Win a free prize now, click the link", "spam"),
            new Example("Claim your cash prize today, click here", "spam"));

    @Test
    void probabilitiesSumToOneAndFollowTheTraining() {
        Classifier classifier = train();
        double[] spam = classifier.probabilities(Features.of("free prize, click now"));
        double[] ok = classifier.probabilities(Features.of("the council meeting on Tuesday"));
        int spamIndex = classifier.labelIndex("spam");
        assertThat(spam[0] + spam[1]).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(spam[spamIndex]).isGreaterThan(0.5);
        assertThat(ok[spamIndex]).isLessThan(0.5);
    }

    @Test
    void savedModelScoresLikeTheOriginal() throws IOException {
        Classifier classifier = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.write(new DataOutputStream(bytes));
        Classifier loaded = Classifier.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        Features features = Features.of("click for a free prize");
        assertThat(loaded.labels()).isEqualTo(classifier.labels());
        double[] original = classifier.probabilities(features);
        assertThat(loaded.probabilities(features)).containsExactly(original, Offset.offset(1e-3));
        assertThat(bytes.size()).isLessThan(200_000);
    }

    @Test
    void somethingElseThanAModelIsRefused() {
        byte[] junk = "not a model at all".getBytes();
        assertThatThrownBy(() -> Classifier.read(new DataInputStream(new ByteArrayInputStream(junk))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a Tribune classifier model");
    }

    @Test
    void onlineLearningMovesTowardsTheModeratorsLabel() {
        Classifier classifier = train();
        String text = "Visit my bakery for fresh bread";
        int spam = classifier.labelIndex("spam");
        double before = classifier.probabilities(Features.of(text))[spam];
        for (int i = 0; i < 3; i++) {
            classifier.learn(Features.of(text), "spam");
        }
        assertThat(classifier.probabilities(Features.of(text))[spam]).isGreaterThan(before + 0.2);
    }

    @Test
    void learningANewRuleAddsItAsALabel() {
        Classifier classifier = train();
        classifier.learn(Features.of("some narcotics offer"), "narcotics");
        assertThat(classifier.labels()).containsExactly("ok", "spam", "narcotics");
        assertThat(classifier.probabilities(Features.of("hello"))).hasSize(3);
    }

    @Test
    void trainingIsRepeatable() {
        Features features = Features.of("free prize");
        assertThat(train().probabilities(features)).containsExactly(train().probabilities(features));
    }

    @Test
    void aNearMissOfOneRuleMovesOnlyThatRuleAndOk() {
        List<String> labels = List.of("ok", "spam", "insult_threat", "hate");
        List<String> texts = List.of("Refugees are welcome in our town", "Nobody should be insulted for their faith");
        Classifier nearMisses = Classifier.train(
                texts.stream().map(t -> new Example(t, "ok", "hate", 1)).toList(), labels, 12, 30);
        Classifier plain =
                Classifier.train(texts.stream().map(t -> new Example(t, "ok")).toList(), labels, 12, 30);
        for (String text : List.of(texts.get(0), "Win a free prize now")) {
            double[] near = nearMisses.logits(Features.of(text));
            assertThat(near[1]).as("spam").isZero();
            assertThat(near[2]).as("insult").isZero();
            assertThat(near[3]).as("hate").isNegative();
            assertThat(plain.logits(Features.of(text))[1]).as("spam, plain ok").isNegative();
        }
    }

    @Test
    void theHeavierOfTwoConflictingExamplesWins() {
        String text = "free prize today";
        Features features = Features.of(text);
        List<String> labels = List.of("ok", "spam");
        Classifier spamHeavier = Classifier.train(
                List.of(new Example(text, "spam", null, 1), new Example(text, "ok", null, 0.25)), labels, 12, 30);
        Classifier okHeavier = Classifier.train(
                List.of(new Example(text, "spam", null, 0.25), new Example(text, "ok", null, 1)), labels, 12, 30);
        assertThat(spamHeavier.probabilities(features)[1]).isGreaterThan(0.5);
        assertThat(okHeavier.probabilities(features)[1]).isLessThan(0.5);
    }

    private static Classifier train() {
        return Classifier.train(EXAMPLES, List.of("ok", "spam"), 12, 30);
    }
}
