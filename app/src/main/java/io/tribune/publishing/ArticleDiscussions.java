package io.tribune.publishing;

/**
 * Where the discussion under an article lives. The discussion module owns that address and answers
 * this port, so that the article page links to it without publishing knowing the discussion.
 */
public interface ArticleDiscussions {

    /** The path of the discussion under the article, e.g. {@code /en/discussion/42}. */
    String pathOf(String edition, long articleId);
}
