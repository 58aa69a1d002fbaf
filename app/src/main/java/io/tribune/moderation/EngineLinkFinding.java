package io.tribune.moderation;

import io.tribune.discussion.LinkFinding;
import io.tribune.moderation.engine.signals.Links;
import java.util.List;
import org.springframework.stereotype.Component;

/** The discussion's link finding answered by the engine's, so that the codebase has one definition of a link. */
@Component
final class EngineLinkFinding implements LinkFinding {

    @Override
    public List<Found> in(String text) {
        return Links.find(text).stream()
                .map(link -> new Found(link.start(), link.end()))
                .toList();
    }
}
