package io.tribune.discussion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.discussion.LinkFinding;
import io.tribune.moderation.engine.signals.Links;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A comment's text as readers are shown it, attacked: whatever a commenter types, the only markup on
 * the page is the paragraphs, line breaks and http(s) links the markup makes itself.
 */
class CommentMarkupTests {

    /** The engine's link finding, as the moderation module answers the discussion's port. */
    private static final LinkFinding ENGINE_LINKS = text -> Links.find(text).stream()
            .map(link -> new LinkFinding.Found(link.start(), link.end()))
            .toList();

    private static final CommentMarkup MARKUP = new CommentMarkup(ENGINE_LINKS);

    private static final String REL = "rel=\"ugc nofollow noopener noreferrer\"";

    /** Any tag but the markup's own {@code <p>}, {@code </p>}, {@code <br>}, its anchors and their end. */
    private static final Pattern FOREIGN_TAG =
            Pattern.compile("<(?!/?p>|br>|a href=\"(?i:https?)://[^\"<>]*\" " + REL + ">|/a>)");

    private static String html(String text) {
        String html = MARKUP.html(text);
        assertThat(FOREIGN_TAG.matcher(html).find())
                .as("foreign markup in %s", html)
                .isFalse();
        return html;
    }

    private static String link(String escaped) {
        return "<a href=\"" + escaped + "\" " + REL + ">" + escaped + "</a>";
    }

    @Test
    void markupFromTheCommenterIsShownAsText() {
        assertThat(html("<script>alert('x')</script> & <b onclick=\"y\">bold</b>"))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onclick=&quot;y&quot;&gt;"
                        + "bold&lt;/b&gt;</p>");
    }

    @Test
    void webAddressesBecomeLinksThatPassNoRankingAndEndBeforePunctuation() {
        assertThat(html("See https://example.org/a?b=1&c=2. Thanks"))
                .isEqualTo("<p>See " + link("https://example.org/a?b=1&amp;c=2") + ". Thanks</p>");
    }

    @Test
    void markupAroundAnAddressStaysTextAndTheLinkEndsAtIt() {
        assertThat(html("<b>https://example.org/a</b>"))
                .isEqualTo("<p>&lt;b&gt;" + link("https://example.org/a") + "&lt;/b&gt;</p>");
    }

    @Test
    void markupInsideAnAddressEndsTheLinkAndStaysText() {
        assertThat(html("https://example.org/<img src=x onerror=alert(1)>"))
                .isEqualTo("<p>" + link("https://example.org/") + "&lt;img src=x onerror=alert(1)&gt;</p>");
    }

    @Test
    void aQuoteCannotBreakOutOfTheLinkAttribute() {
        assertThat(html("https://example.org/x\"><script>alert(1)</script>"))
                .isEqualTo(
                        "<p>" + link("https://example.org/x") + "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(html("https://example.org/\"onmouseover=alert(1)"))
                .startsWith("<p>" + link("https://example.org/"))
                .contains("&quot;onmouseover=alert(1)");
        assertThat(html("https://example.org/x'onmouseover='alert(1)"))
                .doesNotContain("'")
                .contains("&#39;");
    }

    @Test
    void scriptAndDataAddressesAndEveryOtherSchemeStayText() {
        String text = "javascript:alert(1) JaVaScRiPt://example.org/%0Aalert(1) data:text/html,<script>x</script>"
                + " data://example.org/x vbscript:msgbox(1) vbscript://example.org/ mailto:someone@example.org"
                + " ftp://example.org/file file:///etc/passwd [x](javascript:alert(1)) xhttps://example.org/";

        assertThat(html(text)).doesNotContain("<a ").contains("JaVaScRiPt://example.org/%0Aalert(1)");
    }

    @Test
    void onlyTheWebSchemesAreLinkedWhateverTheirCase() {
        assertThat(html("HTTPS://Example.org/A and http://example.org/b"))
                .isEqualTo("<p>" + link("HTTPS://Example.org/A") + " and " + link("http://example.org/b") + "</p>");
    }

    @Test
    void addressesWithoutASchemeStayText() {
        assertThat(html("www.example.org and example.com/offer"))
                .isEqualTo("<p>www.example.org and example.com/offer</p>");
    }

    @Test
    void ampersandsInTheQueryAreEscapedInTheLinkAndItsText() {
        assertThat(html("https://example.org/search?q=a&lang=en&amp;x=<1>"))
                .isEqualTo("<p>" + link("https://example.org/search?q=a&amp;lang=en&amp;amp;x=") + "&lt;1&gt;</p>");
    }

    @Test
    void anArabicCommaAfterAnAddressEndsTheLinkInRightToLeftText() {
        assertThat(html("اقرأ المقال https://example.org/مقال، ثم علّق؟"))
                .isEqualTo("<p>اقرأ المقال " + link("https://example.org/مقال") + "، ثم علّق؟</p>");
    }

    @Test
    void trailingPunctuationAndClosingBracketsEndTheSentenceNotTheLink() {
        assertThat(html("(see https://example.org/a). Or https://example.org/b!"))
                .isEqualTo("<p>(see " + link("https://example.org/a") + "). Or " + link("https://example.org/b")
                        + "!</p>");
    }

    @Test
    void addressesAtTheVeryStartAndEndAreLinked() {
        assertThat(html("https://example.org/first middle https://example.org/last"))
                .isEqualTo("<p>" + link("https://example.org/first") + " middle " + link("https://example.org/last")
                        + "</p>");
    }

    @Test
    void twoAddressesInARowAreTwoLinks() {
        assertThat(html("https://example.org/a https://example.org/b\nhttps://example.org/c"))
                .isEqualTo("<p>" + link("https://example.org/a") + " " + link("https://example.org/b") + "<br>"
                        + link("https://example.org/c") + "</p>");
    }

    @Test
    void sqlLookingTextIsJustText() {
        assertThat(html("'; DROP TABLE comment; -- https://example.org/?id=1 OR 1=1"))
                .isEqualTo("<p>&#39;; DROP TABLE comment; -- " + link("https://example.org/?id=1") + " OR 1=1</p>");
    }

    @Test
    void brokenUnicodeIsKeptAsWrittenAndCannotSmuggleMarkup() {
        String text = "\uD800<b>https://example.org/a\uDC00 b\uDBFF";

        assertThat(html(text))
                .contains("\uD800&lt;b&gt;")
                .contains("<a href=\"https://example.org/a")
                .endsWith(" b\uDBFF</p>");
    }

    @Test
    void aLongTextFullOfAttacksIsEscapedThroughout() {
        String piece = "<i>https://example.org/x?a=1&b=\"><script>alert(1)</script> javascript:alert(1) ";
        String text = piece.repeat(30_000 / piece.length() + 1).substring(0, 30_000);

        String html = html(text);

        assertThat(html)
                .doesNotContain("<i>")
                .doesNotContain("<script>")
                .contains(link("https://example.org/x?a=1&amp;b="));
    }

    @Test
    void aThirtyThousandCharacterAddressIsOneLinkWithItsTextUnchanged() {
        String address = "https://example.org/" + "a".repeat(30_000 - 20);

        assertThat(html(address)).isEqualTo("<p>" + link(address) + "</p>");
    }

    @Test
    void blankLinesSeparateParagraphsAndLineBreaksStay() {
        assertThat(html("First line\nsecond line\n\nNew paragraph"))
                .isEqualTo("<p>First line<br>second line</p><p>New paragraph</p>");
    }
}
