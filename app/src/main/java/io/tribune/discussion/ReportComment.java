package io.tribune.discussion;

import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.accounts.limits.RequestQuotas.Request;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader reports someone else's published comment under a rule of the edition's standards, once.
 * Each report weighs one, plus half for every earlier report of theirs a moderator upheld (at most
 * three); when a comment's reports weigh as much as the edition's threshold, it is hidden until a
 * moderator reviews it.
 */
@Service
public class ReportComment {

    static final double MAX_WEIGHT = 3;

    private final Participation participation;
    private final RequestQuotas quotas;
    private final CommentRepository comments;
    private final CommunityStandards standards;
    private final Counts counts;
    private final DiscussionSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportComment(
            Participation participation,
            RequestQuotas quotas,
            CommentRepository comments,
            CommunityStandards standards,
            Counts counts,
            DiscussionSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.participation = participation;
        this.quotas = quotas;
        this.comments = comments;
        this.standards = standards;
        this.counts = counts;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reports the comment under the rule whose id {@code change.text()} holds. */
    public Reporting report(CommentChange change) {
        StoredComment comment = OwnComments.find(comments, change);
        long reporter = change.reader().value();
        String reason = change.text();
        Optional<String> refusal = participation.refusal(change.reader());
        if (refusal.isPresent()) {
            return new Reporting.Refused(refusal.get());
        }
        if (comment.status() != CommentStatus.PUBLISHED) {
            return new Reporting.Refused("discussion.error.reportGone");
        }
        if (comment.authorId() == reporter) {
            return new Reporting.Refused("discussion.error.reportOwn");
        }
        if (reason == null
                || standards.rules(comment.edition()).stream()
                        .noneMatch(rule -> rule.id().equals(reason))) {
            return new Reporting.Refused("discussion.error.reportReason");
        }
        if (!quotas.take(Request.REPORT, change.reader(), change.address())) {
            return new Reporting.Refused("discussion.error.tooMany");
        }
        double weight = Math.min(MAX_WEIGHT, 1 + 0.5 * comments.upheldReports(reporter));
        Boolean hidden = transaction.execute(status -> {
            if (!comments.report(comment.id(), reporter, reason, weight, clock.instant())) {
                return null;
            }
            CommentRepository.Reports reports = comments.reports(comment.id());
            boolean hides = reports.weight() >= settings.reportThreshold(comment.edition());
            if (hides) {
                comments.holdForReports(comment.id(), reports.reason());
                counts.recount(comment);
            }
            events.publishEvent(
                    new CommentReported(comment.id(), comment.articleId(), comment.edition(), reporter, reason, hides));
            return hides;
        });
        if (hidden == null) {
            return new Reporting.Refused("discussion.error.reportedAlready");
        }
        return new Reporting.Reported(hidden);
    }
}
