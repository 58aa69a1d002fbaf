package io.tribune.moderation.web;

import io.tribune.discussion.ModerationLinks;
import io.tribune.moderation.ModerationPaths;
import org.springframework.stereotype.Component;

/** The moderation pages every discussion links to, for the discussion module's pages. */
@Component
class DiscussionLinks implements ModerationLinks {

    @Override
    public Paths in(String edition) {
        return new Paths(ModerationPaths.standards(edition), ModerationPaths.blocked(edition));
    }
}
