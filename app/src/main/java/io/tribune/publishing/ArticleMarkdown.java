package io.tribune.publishing;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article's text in Markdown (CommonMark) turned into the HTML readers get. Raw HTML in the text is
 * shown as text, not obeyed; links keep only web and mail addresses (a {@code javascript:} or {@code
 * data:} link loses its address); and the result passes an allow-list sanitiser that keeps paragraphs,
 * emphasis, lists, quotations, sub-headings, code and links, and nothing else — no pictures from
 * elsewhere (the article's own go between paragraphs as {@code ::picture}), no attributes but a link's
 * address.
 */
final class ArticleMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** Relative links (to the site's own pages) are kept; jsoup needs some base to tell them from others. */
    private static final String BASE = "http://site.invalid/";

    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "a",
                    "p",
                    "br",
                    "em",
                    "strong",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "h2",
                    "h3",
                    "h4",
                    "code",
                    "pre",
                    "hr")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private ArticleMarkdown() {}

    static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        // headings become the article's sub-headings: the page has one h1, the headline
        rendered = rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return Jsoup.clean(rendered, BASE, ALLOWED, OUTPUT);
    }
}
