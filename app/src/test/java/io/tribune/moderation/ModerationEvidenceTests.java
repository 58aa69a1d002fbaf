package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a stored decision record and marking its evidence in the comment's text. */
class ModerationEvidenceTests {

    @Test
    void readsRulesScoresSpansFactsAndHolds() {
        DecisionRecord record = DecisionRecord.read("{\"decision\":\"hold\",\"rules\":[{\"rule\":\"flood\","
                + "\"score\":0.8,\"action\":\"hold\",\"evidence\":[{\"per\":\"author\",\"count\":7,"
                + "\"windowSeconds\":60,\"limit\":5}]},{\"rule\":\"profanity\",\"score\":0.95,\"action\":\"reject\","
                + "\"evidence\":[{\"start\":0,\"end\":4,\"match\":\"Damn\",\"term\":\"damn\"}]}],"
                + "\"holds\":[\"trust:first_comments\"]}");

        assertThat(record.verdict()).isEqualTo("hold");
        assertThat(record.hits()).extracting(DecisionRecord.Hit::rule).containsExactly("flood", "profanity");
        assertThat(record.hits().getFirst().facts())
                .containsExactly(new DecisionRecord.Fact("moderation.evidence.rate.author", List.of(7, 60L, 5)));
        assertThat(record.spans()).containsExactly(new DecisionRecord.Span(0, 4, "Damn", "damn"));
        assertThat(record.holds()).containsExactly("trust:first_comments");
        assertThat(record.isAutomated()).isTrue();
    }

    @Test
    void aRecordThatCannotBeReadReadsAsNoRules() {
        for (String broken : new String[] {null, "", "{}", "{not json", "[1,2]", "{\"rules\":\"x\"}"}) {
            DecisionRecord record = DecisionRecord.read(broken);
            assertThat(record.hits()).as(broken).isEmpty();
        }
        assertThat(DecisionRecord.read("{\"holds\":[\"failure:engine\"]}").isAutomated())
                .isFalse();
    }

    @Test
    void marksTheEvidenceAndKeepsTheRestPlain() {
        Highlight marked = Highlight.of(
                "You damn fool, damn it", List.of(span(4, 8, "damn"), span(15, 19, "damn"), span(9, 13, "fool")));

        assertThat(marked.pieces())
                .containsExactly(
                        new Highlight.Piece("You ", false, null),
                        new Highlight.Piece("damn", true, "damn"),
                        new Highlight.Piece(" ", false, null),
                        new Highlight.Piece("fool", true, "fool"),
                        new Highlight.Piece(", ", false, null),
                        new Highlight.Piece("damn", true, "damn"),
                        new Highlight.Piece(" it", false, null));
    }

    @Test
    void spansOutsideOverlappingOrSplittingASurrogatePairAreClipped() {
        String text = "a😀b";

        Highlight marked = Highlight.of(text, List.of(span(2, 3, "half"), span(-5, 1, "before"), span(1, 99, "past")));

        assertThat(String.join(
                        "", marked.pieces().stream().map(Highlight.Piece::text).toList()))
                .isEqualTo(text);
        assertThat(marked.pieces())
                .noneMatch(p ->
                        p.text().length() == 1 && Character.isSurrogate(p.text().charAt(0)));
        assertThat(Highlight.of("short", List.of(span(10, 20, "gone"))).pieces())
                .containsExactly(new Highlight.Piece("short", false, null));
    }

    @Test
    void notesAreRefusedWhenTooLongOrNotWellFormed() {
        assertThat(Notes.problem(null, 10)).isNull();
        assertThat(Notes.problem("fine\nlines\tand tabs 😀", 100)).isNull();
        assertThat(Notes.problem("x".repeat(11), 10)).isEqualTo("moderation.error.tooLong");
        assertThat(Notes.problem("lone \uD800 high", 100)).isEqualTo("moderation.error.malformed");
        assertThat(Notes.problem("lone \uDC00 low", 100)).isEqualTo("moderation.error.malformed");
        assertThat(Notes.problem("nul \u0000", 100)).isEqualTo("moderation.error.malformed");
        assertThat(Notes.problem("replaced \uFFFD", 100)).isEqualTo("moderation.error.malformed");
        assertThat(Notes.trimmed("  \n ")).isNull();
        assertThat(Notes.trimmed("  kept  ")).isEqualTo("kept");
    }

    private static DecisionRecord.Span span(int start, int end, String term) {
        return new DecisionRecord.Span(start, end, term, term);
    }
}
