package io.tribune.moderation;

import io.tribune.discussion.CommentScreening;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.Screened;
import io.tribune.discussion.Submission;
import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Outcome;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Revision;
import io.tribune.moderation.engine.RulePolicy;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.cli.DecisionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens comments with the moderation engine, and never throws: a failure holds the comment. What the
 * engine remembers of the comment for later ones is handed back with the decision, to be kept in the
 * transaction that records it ({@link ActivityKeptWithComments}). (That no
 * reader is refused by a learned score alone is the engine's own rule: it holds such a finding, with
 * the hold reason {@code learned-only:RULE}.)
 */
@Component
class EngineScreening implements CommentScreening {

    private static final Logger log = LoggerFactory.getLogger(EngineScreening.class);

    private final Engines engines;
    private final DecisionJson json = new DecisionJson(JsonMapper.builder().build());

    EngineScreening(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Screened screen(Submission submission) {
        try {
            Engine engine = engines.engine();
            ActivityKeptWithComments.Collected<Outcome> screening = engines.activity()
                    .collect(Long.toString(submission.commentId()), () -> engine.screen(comment(submission)));
            Outcome outcome = screening.result();
            Screened screened = screened(outcome.decision());
            return new Screened(
                    screened.status(),
                    screened.rule(),
                    screened.notice(),
                    screened.record(),
                    screened.policyVersion(),
                    revisions(submission.edition(), outcome.revisions()),
                    screening.activity());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("the engine failed on comment {}; held for a moderator", submission.commentId(), e);
            return new Screened(CommentStatus.HELD, null, null, "{\"holds\":[\"failure:engine\"]}", "");
        }
    }

    /**
     * What becomes of the earlier comments a flood or a wave revealed: the action the edition's policy
     * gives their rule at the revealed score (a flag changes nothing).
     */
    private List<Screened.Revision> revisions(String edition, List<Revision> revisions) {
        Policy policy = engines.engine().policies().policyFor(edition);
        List<Screened.Revision> taken = new ArrayList<>();
        for (Revision revision : revisions) {
            Finding finding = revision.finding();
            RulePolicy rule = policy.rule(finding.rule());
            Action action = rule == null ? null : rule.actionFor(finding.score());
            OptionalLong id = parseId(revision.commentId());
            if (id.isEmpty() || action == null || action == Action.FLAG) {
                continue;
            }
            CommentStatus status = action == Action.REJECT ? CommentStatus.REJECTED : CommentStatus.HELD;
            taken.add(
                    new Screened.Revision(id.getAsLong(), status, finding.rule().id()));
        }
        return taken;
    }

    private static OptionalLong parseId(String commentId) {
        try {
            return OptionalLong.of(Long.parseLong(commentId));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private Screened screened(Decision decision) {
        CommentStatus status = switch (decision.verdict()) {
            case APPROVE -> CommentStatus.PUBLISHED;
            case HOLD -> CommentStatus.HELD;
            case REJECT -> CommentStatus.REJECTED;
        };
        String rule = status == CommentStatus.PUBLISHED
                ? null
                : decision.primary().map(hit -> hit.rule().id()).orElse(null);
        return new Screened(status, rule, decision.message(), json.decision(decision), decision.policyVersion());
    }

    private static Comment comment(Submission s) {
        Submission.Standing standing = s.standing();
        return new Comment(
                Long.toString(s.commentId()),
                s.edition(),
                s.text(),
                Long.toString(s.author()),
                s.address(),
                s.at(),
                new ArticleText(s.articleTitle(), s.articleLead(), s.articleText()),
                s.parentText(),
                new Standing(standing.publishedBefore(), standing.recentScreened(), standing.recentRejected()));
    }
}
