package io.tribune.discussion;

import io.tribune.publishing.DiscussedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts a comment, new or edited, before the screening with what it needs to know (the article, the
 * comment replied to, the author's record), and fails closed: a screening that throws holds the
 * comment for a moderator.
 */
@Component
class Screener {

    private static final Logger log = LoggerFactory.getLogger(Screener.class);

    private final CommentScreening screening;
    private final CommentRepository comments;
    private final Counts counts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screener(
            CommentScreening screening,
            CommentRepository comments,
            Counts counts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.screening = screening;
        this.comments = comments;
        this.counts = counts;
        this.events = events;
        this.clock = clock;
    }

    Screened screen(
            long commentId,
            DiscussedArticle article,
            long authorId,
            String address,
            Instant at,
            String text,
            String parentText) {
        Submission submission = new Submission(
                commentId,
                article.edition(),
                text,
                authorId,
                address,
                at,
                article.title(),
                article.lead(),
                article.text(),
                parentText,
                comments.standing(authorId));
        try {
            return screening.screen(submission);
        } catch (RuntimeException e) {
            log.error("screening failed for comment {}; held for a moderator", commentId, e);
            return new Screened(CommentStatus.HELD, null, null, "{\"holds\":[\"failure:screening\"]}", "");
        }
    }

    /**
     * Records what the screening decided, inside the caller's transaction: the comment's decision, the
     * earlier comments it showed to be part of a flood or a wave, and the counts; returns the comment
     * as now stored. The comment was held until now, so the counts change only when it is published or
     * an earlier one is taken down: a held or rejected outcome leaves the article's row alone, which
     * every comment of a busy discussion would otherwise wait its turn to update.
     */
    StoredComment record(long commentId, Screened screened) {
        comments.recordScreening(commentId, screened, clock.instant());
        return recorded(commentId, screened);
    }

    /**
     * Records, inside the caller's transaction, what else the screening of a comment just stored with its
     * decision brings: the earlier comments taken down with it, the activity kept for later screenings,
     * and the counts; returns the comment as stored.
     */
    StoredComment recorded(long commentId, Screened screened) {
        screened.activity().keep(commentId);
        List<StoredComment> changed = new ArrayList<>();
        for (Screened.Revision revision : screened.revisions()) {
            comments.revise(revision).ifPresent(down -> {
                changed.add(down);
                events.publishEvent(new CommentTakenDown(
                        down.id(), down.articleId(), down.edition(), down.authorId(), down.status(), down.rule()));
            });
        }
        StoredComment recorded = comments.find(commentId).orElseThrow();
        if (recorded.status() == CommentStatus.PUBLISHED) {
            changed.add(recorded);
        }
        counts.recount(changed);
        return recorded;
    }
}
