package io.tribune.publishing;

import java.time.Duration;

/**
 * Where the discussion under an article lives, and how long an edition's discussions stay open by
 * default. The discussion module owns both and answers this port, so that the article page links to
 * the discussion and the newsroom form explains the edition's rule without publishing knowing the
 * discussion.
 */
public interface ArticleDiscussions {

    /** The path of the discussion under the article, e.g. {@code /en/discussion/42}. */
    String pathOf(String edition, long articleId);

    /** How long after publication the edition's discussions take comments when no editor chose otherwise. */
    Duration openFor(String edition);
}
