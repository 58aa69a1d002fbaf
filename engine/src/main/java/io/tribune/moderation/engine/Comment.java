package io.tribune.moderation.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment to screen.
 *
 * @param id the comment's id (ids of earlier comments come back in revisions and similar-comment evidence)
 * @param edition the edition code, e.g. {@code en}
 * @param text the comment as the commenter typed it; offsets in evidence refer to this string
 * @param author the author's account id; {@code null} for an anonymous author
 * @param address the author's network address, or {@code null}
 * @param at when the comment was posted
 * @param article the article it is posted under
 * @param parentText the text of the comment it replies to, or {@code null}
 * @param standing the author's record
 */
public record Comment(
        String id,
        String edition,
        String text,
        String author,
        String address,
        Instant at,
        ArticleText article,
        String parentText,
        Standing standing) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        text = text == null ? "" : text;
        at = at == null ? Instant.EPOCH : at;
        article = article == null ? ArticleText.NONE : article;
        standing = standing == null ? Standing.NEW : standing;
    }

    /** A comment with only the required parts, for tests and quick checks. */
    public static Comment of(String id, String edition, String text) {
        return new Comment(id, edition, text, null, null, Instant.EPOCH, ArticleText.NONE, null, Standing.NEW);
    }

    public boolean isReply() {
        return parentText != null && !parentText.isBlank();
    }
}
