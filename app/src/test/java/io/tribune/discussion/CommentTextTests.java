package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTests {

    @Test
    void lineEndingsAreMadePlainAndBlankRunsCut() {
        assertThat(CommentText.check("  One\r\ntwo\r\n\r\n\r\n \n\tthree  ").text())
                .hasValue(new CommentText("One\ntwo\n\n three"));
    }

    @Test
    void theLimitCountsCharactersNotCodeUnits() {
        String emoji = "\uD83D\uDE00";
        assertThat(CommentText.check(emoji.repeat(CommentText.MAX_LENGTH)).text())
                .isPresent();
        assertThat(CommentText.check(emoji.repeat(CommentText.MAX_LENGTH + 1)).problem())
                .isEqualTo("discussion.error.tooLong");
    }

    @Test
    void brokenUnicodeAndControlCharactersAreRefused() {
        assertThat(CommentText.check("ok \uDC00").problem()).isEqualTo("discussion.error.unreadable");
        assertThat(CommentText.check("ok \uD800").problem()).isEqualTo("discussion.error.unreadable");
        assertThat(CommentText.check("bell \u0007").problem()).isEqualTo("discussion.error.unreadable");
        assertThat(CommentText.check("\u200B\u2060 \u200D").problem()).isEqualTo("discussion.error.empty");
        assertThat(CommentText.check("a\u200Db").text()).isPresent();
    }
}
