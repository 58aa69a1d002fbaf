package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TrainingFileTests {

    @Test
    void jsonLinesAcceptHamApproveAndRuleIds() throws IOException {
        TrainingFile.Contents contents = read("""
                {"text": "Nice match", "label": "ham"}
                {"text": "Agreed", "label": "approve"}
                {"text": "Win a prize", "label": "spam"}
                {"text": "Buy shoes", "label": "advertising"}
                """);
        assertThat(contents.examples()).extracting(Example::label).containsExactly("ok", "ok", "spam", "advertising");
        assertThat(contents.problems()).isEmpty();
    }

    @Test
    void aNearMissOfOneRuleIsAcceptableAndNamesTheRule() throws IOException {
        TrainingFile.Contents contents = read("""
                {"text": "Refugees deserve respect", "label": "ok:hate"}
                {"text": "Nice match", "label": "ok"}
                {"text": "Who knows", "label": "ok:rudeness"}
                """);
        assertThat(contents.examples()).extracting(Example::label).containsExactly("ok", "ok");
        assertThat(contents.examples()).extracting(Example::nearMissOf).containsExactly("hate", null);
        assertThat(contents.problems()).hasSize(1);
    }

    @Test
    void badLinesAreSkippedAndNamedByNumberOnly() throws IOException {
        TrainingFile.Contents contents = read("""
                {"text": "fine", "label": "ok"}
                {"text": "secret words", "label": "rudeness"}
                not json
                """);
        assertThat(contents.examples()).hasSize(1);
        assertThat(contents.problems()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("secret"));
        assertThat(contents.problems().get(0)).startsWith("line 2:");
    }

    @Test
    void csvWithQuotedCommasAndLineBreaks() throws IOException {
        TrainingFile.Contents contents = read(
                "label,text\nspam,\"Free money, today only\"\nok,\"Two lines\nof comment, with \"\"quotes\"\"\"\n");
        assertThat(contents.examples())
                .containsExactly(
                        new Example("Free money, today only", "spam"),
                        new Example("Two lines\nof comment, with \"quotes\"", "ok"));
    }

    @Test
    void smsSpamTabSeparatedFormatSkipsItsHeader() throws IOException {
        TrainingFile.Contents contents = read("Label\tSMS\nham\tSee you at six\nspam\tYou won, call now\n");
        assertThat(contents.examples())
                .containsExactly(new Example("See you at six", "ok"), new Example("You won, call now", "spam"));
    }

    private static TrainingFile.Contents read(String text) throws IOException {
        return TrainingFile.read(new StringReader(text));
    }
}
