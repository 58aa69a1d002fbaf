package io.tribune.discussion.web;

import io.tribune.publishing.ArticleDiscussions;
import org.springframework.stereotype.Component;

/** Tells the article page where its discussion lives. */
@Component
class DiscussionAddresses implements ArticleDiscussions {

    @Override
    public String pathOf(String edition, long articleId) {
        return DiscussionPaths.of(edition, articleId);
    }
}
