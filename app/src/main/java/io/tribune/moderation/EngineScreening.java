package io.tribune.moderation;

import io.tribune.discussion.CommentScreening;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.Screened;
import io.tribune.discussion.Submission;
import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Messages;
import io.tribune.moderation.engine.Outcome;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Revision;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RulePolicy;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import io.tribune.moderation.engine.cli.DecisionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens comments with the moderation engine. Two safeguards over the engine's own decision: it
 * never throws (a failure holds the comment), and no reader is refused by a learned score alone — a
 * rejection that only the trained classifier supports is held for a moderator instead, since that
 * classifier still mistakes plain mentions of groups ("Women are beautiful.") for hatred.
 */
@Component
class EngineScreening implements CommentScreening {

    private static final Logger log = LoggerFactory.getLogger(EngineScreening.class);
    static final String LEARNED = "classifier:";
    static final String LEARNED_ONLY_HOLD = "learned-only:";

    private final Engines engines;
    private final DecisionJson json = new DecisionJson(JsonMapper.builder().build());
    private final Messages messages = new Messages();

    EngineScreening(Engines engines) {
        this.engines = engines;
    }

    @Override
    public Screened screen(Submission submission) {
        try {
            Outcome outcome = engines.engine().screen(comment(submission));
            Screened screened = screened(withoutLearnedOnlyRejection(outcome.decision()));
            return new Screened(
                    screened.status(),
                    screened.rule(),
                    screened.notice(),
                    screened.record(),
                    screened.policyVersion(),
                    revisions(submission.edition(), outcome.revisions()));
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

    /** A rejection whose every rejecting hit rests on the classifier alone becomes a hold. */
    private Decision withoutLearnedOnlyRejection(Decision decision) {
        if (decision.verdict() != Verdict.REJECT) {
            return decision;
        }
        List<RuleHit> rejecting = decision.hits().stream()
                .filter(h -> h.verdict() == Verdict.REJECT)
                .toList();
        if (!rejecting.stream().allMatch(EngineScreening::isLearnedOnly)) {
            return decision;
        }
        List<String> holds = new ArrayList<>(decision.holds());
        rejecting.forEach(hit -> holds.add(LEARNED_ONLY_HOLD + hit.rule().id()));
        String language =
                engines.engine().policies().policyFor(decision.edition()).language();
        return new Decision(
                decision.commentId(),
                decision.edition(),
                Verdict.HOLD,
                decision.hits(),
                decision.language(),
                messages.forDecision(Verdict.HOLD, null, false, language),
                decision.policyVersion(),
                holds,
                decision.micros());
    }

    private static boolean isLearnedOnly(RuleHit hit) {
        return !hit.evidence().isEmpty() && hit.evidence().stream().allMatch(EngineScreening::isLearned);
    }

    private static boolean isLearned(Evidence evidence) {
        return switch (evidence) {
            case Evidence.Measure measure -> measure.name().startsWith(LEARNED);
            case Evidence.Span span -> span.term() != null && span.term().startsWith(LEARNED);
            default -> false;
        };
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
