package io.tribune.discussion.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's text as HTML: everything the commenter typed is escaped, web addresses become links
 * that pass no ranking and no referrer, blank lines separate paragraphs and single line breaks stay.
 * No markup from the commenter ever reaches the page.
 */
public final class CommentMarkup {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address. */
    private static final String TRAILING = ".,;:!?)]}'\"";

    private CommentMarkup() {}

    public static String html(String text) {
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

    private static void linked(String line, StringBuilder html) {
        Matcher address = ADDRESS.matcher(line);
        int from = 0;
        while (address.find()) {
            int end = address.end();
            while (end > address.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            String href = line.substring(address.start(), end);
            escape(line.substring(from, address.start()), html);
            html.append("<a href=\"");
            escape(href, html);
            html.append("\" rel=\"nofollow ugc noopener noreferrer\">");
            escape(href, html);
            html.append("</a>");
            from = end;
        }
        escape(line.substring(from), html);
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
