package io.tribune.moderation.engine;

/** The article a comment is posted under, as far as relatedness checks need it; any part may be empty. */
public record ArticleText(String title, String lead, String body) {

    public static final ArticleText NONE = new ArticleText("", "", "");

    public ArticleText {
        title = title == null ? "" : title;
        lead = lead == null ? "" : lead;
        body = body == null ? "" : body;
    }

    public boolean isEmpty() {
        return title.isBlank() && lead.isBlank() && body.isBlank();
    }

    /** Title, lead and body in one string, title first. */
    public String all() {
        return String.join("\n", title, lead, body);
    }
}
