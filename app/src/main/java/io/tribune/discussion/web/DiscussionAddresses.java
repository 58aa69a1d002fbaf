package io.tribune.discussion.web;

import io.tribune.discussion.DiscussionSettings;
import io.tribune.publishing.ArticleDiscussions;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Tells the article page where its discussion lives, and the newsroom how long the edition keeps it open. */
@Component
class DiscussionAddresses implements ArticleDiscussions {

    private final DiscussionSettings settings;

    DiscussionAddresses(DiscussionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String pathOf(String edition, long articleId) {
        return DiscussionPaths.of(edition, articleId);
    }

    @Override
    public Duration openFor(String edition) {
        return settings.openFor(edition);
    }
}
