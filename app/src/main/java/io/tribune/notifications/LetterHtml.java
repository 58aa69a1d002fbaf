package io.tribune.notifications;

import io.tribune.editions.Edition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of a letter, made from its plain text so that both say the same: every character of
 * the text escaped (a reader's name or comment holding markup shows as written), each paragraph a
 * {@code <p>}, line breaks kept, web addresses made links, in the edition's language and writing
 * direction ({@code lang}, {@code dir="rtl"} for Arabic).
 */
final class LetterHtml {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private LetterHtml() {}

    static String of(String text, Edition edition) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(edition.languageTag()))
                .append("\" dir=\"")
                .append(edition.direction())
                .append("\">\n<head><meta charset=\"utf-8\"></head>\n<body dir=\"")
                .append(edition.direction())
                .append("\">\n");
        for (String paragraph : text.strip().split("\\n[ \\t]*\\n")) {
            html.append("<p>").append(inline(paragraph.strip())).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String inline(String paragraph) {
        var out = new StringBuilder();
        Matcher address = ADDRESS.matcher(paragraph);
        int last = 0;
        while (address.find()) {
            out.append(escape(paragraph.substring(last, address.start())));
            String link = escape(address.group());
            out.append("<a href=\"").append(link).append("\">").append(link).append("</a>");
            last = address.end();
        }
        out.append(escape(paragraph.substring(last)));
        return out.toString().replace("\n", "<br>\n");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
