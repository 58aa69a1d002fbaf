package io.tribune.discussion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentMarkupTests {

    @Test
    void markupFromTheCommenterIsShownAsText() {
        assertThat(CommentMarkup.html("<script>alert('x')</script> & <b onclick=\"y\">bold</b>"))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onclick=&quot;y&quot;&gt;"
                        + "bold&lt;/b&gt;</p>");
    }

    @Test
    void webAddressesBecomeLinksThatPassNoRankingAndEndBeforePunctuation() {
        assertThat(CommentMarkup.html("See https://example.org/a?b=1&c=2. Thanks"))
                .isEqualTo(
                        "<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener noreferrer\">"
                                + "https://example.org/a?b=1&amp;c=2</a>. Thanks</p>");
    }

    @Test
    void onlyWebAddressesAreLinked() {
        assertThat(CommentMarkup.html("javascript:alert(1) data:text/html,x [x](javascript:alert(1))"))
                .doesNotContain("<a ");
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        assertThat(CommentMarkup.html("https://example.org/\"onmouseover=alert(1)"))
                .startsWith("<p><a href=\"https://example.org/\" rel=")
                .contains("&quot;onmouseover=alert(1)");
    }

    @Test
    void blankLinesSeparateParagraphsAndLineBreaksStay() {
        assertThat(CommentMarkup.html("First line\nsecond line\n\nNew paragraph"))
                .isEqualTo("<p>First line<br>second line</p><p>New paragraph</p>");
    }
}
