package io.tribune.discussion.web;

import gg.jte.Content;
import io.tribune.discussion.LinkFinding;
import org.springframework.stereotype.Component;

/**
 * A comment's text as HTML: everything the commenter typed is escaped, http and https links become
 * links that pass no ranking and no referrer, blank lines separate paragraphs and single line breaks
 * stay. Where a link ends is the moderation engine's answer ({@link LinkFinding}), the one definition
 * of a link; links without a scheme ({@code www.example.org}, {@code example.com/x}) stay text, so
 * that the page never links an address the commenter did not write. No markup from the commenter
 * ever reaches the page.
 */
@Component
public final class CommentMarkup {

    private final LinkFinding links;

    public CommentMarkup(LinkFinding links) {
        this.links = links;
    }

    /** The text as HTML, for a template to write as it is. */
    public Content of(String text) {
        String html = html(text);
        return output -> output.writeContent(html);
    }

    String html(String text) {
        StringBuilder html = new StringBuilder("<p>");
        String[] paragraphs = text.split("\n\n+");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                html.append("</p><p>");
            }
            String[] lines = paragraphs[p].split("\n");
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    html.append("<br>");
                }
                linked(lines[l], html);
            }
        }
        return html.append("</p>").toString();
    }

    private void linked(String line, StringBuilder html) {
        int from = 0;
        for (LinkFinding.Found link : links.in(line)) {
            String address = line.substring(link.start(), link.end());
            if (link.start() < from || !isWeb(address)) {
                continue;
            }
            escape(line.substring(from, link.start()), html);
            html.append("<a href=\"");
            escape(address, html);
            html.append("\" rel=\"ugc nofollow noopener noreferrer\">");
            escape(address, html);
            html.append("</a>");
            from = link.end();
        }
        escape(line.substring(from), html);
    }

    private static boolean isWeb(String link) {
        return link.regionMatches(true, 0, "http://", 0, 7) || link.regionMatches(true, 0, "https://", 0, 8);
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
