package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.DeletedByAdministrator;
import io.tribune.discussion.CommentEdited;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.CommentTakenDown;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.ModeratedComment;
import io.tribune.discussion.QueuedComment;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.notifications.LetterOutbox;
import io.tribune.system.Site;
import io.tribune.system.Text;
import io.tribune.system.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Issues a statement of reasons (DSA Art. 17) for each decision that restricts a comment or an account —
 * rejections by the engine and by moderators, blocks — keeps it for the reader's pages and the DSA export,
 * and queues its letter to the reader in the decision's transaction (the notifications' outbox sends it
 * once the decision is committed, and keeps it through a crash until the mail server takes it).
 */
@Component
public class StatementsOfReasons {

    private final JdbcClient jdbc;
    private final CommentQueue comments;
    private final CommunityStandards standards;
    private final Editions editions;
    private final Texts texts;
    private final LetterOutbox mail;
    private final Addresses addresses;
    private final Site site;
    private final Clock clock;

    StatementsOfReasons(
            JdbcClient jdbc,
            CommentQueue comments,
            CommunityStandards standards,
            Editions editions,
            Texts texts,
            LetterOutbox mail,
            Addresses addresses,
            Site site,
            Clock clock) {
        this.jdbc = jdbc;
        this.comments = comments;
        this.standards = standards;
        this.editions = editions;
        this.texts = texts;
        this.mail = mail;
        this.addresses = addresses;
        this.site = site;
        this.clock = clock;
    }

    /** A moderator rejected a comment; {@code before} is how it stood, with its screening's record. */
    void commentRejectedByModerator(ModeratedComment moderated, String rule, String note, QueuedComment before) {
        DecisionRecord screening = before == null ? DecisionRecord.read(null) : DecisionRecord.read(before.decision());
        boolean detected = screening.hits().stream().anyMatch(h -> h.rule().equals(rule));
        boolean reported = before != null && !before.openReports().isEmpty();
        String facts = "A comment was rejected by a moderator under the community standards rule '" + rule + "'."
                + (detected ? " Automated screening had found the rule broken and held the comment for review." : "")
                + (reported ? " Readers had reported the comment." : "");
        rejectedByModerator(moderated, rule, facts, note, reported, detected);
    }

    private void rejectedByModerator(
            ModeratedComment moderated, String rule, String facts, String note, boolean reported, boolean detected) {
        issue(Draft.onComment(
                moderated.authorId(),
                moderated.edition(),
                "COMMENT_REJECTED",
                moderated.commentId(),
                rule,
                facts,
                moderated.createdAt(),
                Origin.moderator(note, reported, detected)));
    }

    /** A moderator edited a comment's text under a rule; the comment stays, as edited. */
    void commentEdited(ModeratedComment edited, String rule, String note) {
        issue(Draft.onComment(
                edited.authorId(),
                edited.edition(),
                "COMMENT_EDITED",
                edited.commentId(),
                rule,
                "A moderator edited the text of a comment because part of it broke the community" + " standards rule '"
                        + rule + "'. The rest of the comment stays as it was written.",
                edited.createdAt(),
                Origin.moderator(note, false, false)));
    }

    /**
     * A moderator rejected several comments of one author together (a flash-mob cluster): one statement
     * tells the author about all of them. It names the newest comment; the facts give how many.
     */
    void commentsRejectedTogether(
            List<ModeratedComment> rejected, String rule, String note, List<QueuedComment> before) {
        boolean detected = before.stream()
                .allMatch(c -> DecisionRecord.read(c.decision()).hits().stream()
                        .anyMatch(h -> h.rule().equals(rule)));
        boolean reported = before.stream().anyMatch(c -> !c.openReports().isEmpty());
        ModeratedComment newest = rejected.stream()
                .max(java.util.Comparator.comparingLong(ModeratedComment::commentId))
                .orElseThrow();
        String facts = (rejected.size() == 1
                        ? "A comment was rejected by a moderator"
                        : rejected.size() + " comments were rejected together by a moderator")
                + " under the community standards rule '" + rule + "', as part of a group of near-identical"
                + " comments posted by several accounts."
                + (detected ? " Automated screening had found the rule broken and held the comments for review." : "")
                + (reported ? " Readers had reported them." : "");
        rejectedByModerator(newest, rule, facts, note, reported, detected);
    }

    /**
     * A comment rejected by the engine as it was posted gets its statement in the transaction that records
     * the rejection (the discussion publishes the event there), so neither is kept without the other.
     */
    @EventListener
    void posted(CommentPosted posted) {
        if (posted.status() == CommentStatus.REJECTED) {
            rejectedOnScreening(posted.edition(), posted.commentId());
        }
    }

    @EventListener
    void edited(CommentEdited edited) {
        if (edited.status() == CommentStatus.REJECTED) {
            rejectedOnScreening(edited.edition(), edited.commentId());
        }
    }

    /**
     * A published comment a later one showed to be part of a flood or a wave, and that the engine then
     * took down, gets its statement in the transaction that takes it down.
     */
    @EventListener
    void takenDown(CommentTakenDown down) {
        if (down.status() != CommentStatus.REJECTED) {
            return;
        }
        automatedRejection(
                down.edition(),
                down.commentId(),
                "A published comment was taken down: automated screening found, from comments posted after it,"
                        + " that it was part of a flood or of a group of near-identical comments, which breaks the"
                        + " community standards rule '%s'.");
    }

    private void rejectedOnScreening(String edition, long commentId) {
        automatedRejection(
                edition,
                commentId,
                "A comment was rejected as it was posted: automated screening found it breaks the community"
                        + " standards rule '%s'.");
    }

    /** A statement for a rejection the engine decided alone; {@code facts} has the rule's place as %s. */
    private void automatedRejection(String edition, long commentId, String facts) {
        comments.find(edition, commentId)
                .filter(c -> c.status() == CommentStatus.REJECTED && c.rule() != null)
                .ifPresent(c -> issue(Draft.onComment(
                        c.authorId(),
                        edition,
                        "COMMENT_REJECTED",
                        c.id(),
                        c.rule(),
                        facts.formatted(c.rule()),
                        c.editedAt() != null ? c.editedAt() : c.createdAt(),
                        Origin.ENGINE)));
    }

    Statement accountBlocked(
            long blockId, AccountId account, String edition, String rule, String note, boolean isFinal, Instant at) {
        String facts = "A moderator blocked the account from taking part in discussions under the community standards"
                + " rule '" + rule + "'."
                + (isFinal
                        ? " The account had been blocked and unlocked before, so this block is final."
                        : " The account holder may request unlocking.");
        return issue(
                Draft.onAccount(account.value(), edition, "ACCOUNT_BLOCKED", blockId, rule, facts, isFinal, at, note));
    }

    /**
     * An administrator deleted the account. The statement is mailed in full to the address the account
     * had, as its former owner can no longer sign in to read it on the site.
     */
    Statement accountDeleted(DeletedByAdministrator deleted, String edition, String rule, String note) {
        Statement statement = issue(Draft.onAccount(
                deleted.id().value(),
                edition,
                "ACCOUNT_DELETED",
                null,
                rule,
                "An administrator deleted the account under the community standards rule '" + rule + "'."
                        + " The account can no longer be used and its personal data will be erased.",
                true,
                deleted.at(),
                note));
        mailDeletion(statement, deleted.email());
        return statement;
    }

    private void mailDeletion(Statement statement, String to) {
        Optional<Edition> edition = editions.find(statement.edition());
        if (edition.isEmpty()) {
            return;
        }
        Text text = texts.of(edition.get());
        mail.queue(
                to,
                edition.get(),
                "moderation.mail.deleted",
                text.get("moderation.statement.restricted.ACCOUNT_DELETED"),
                ruleTitle(statement.edition(), statement.rule()),
                statement.note() == null ? text.get("moderation.mail.deleted.noNote") : statement.note(),
                text.get("moderation.statement.automated." + statement.automatedDecision()),
                text.get(redress(statement)),
                statement.puid());
    }

    /** The reader's statements, newest first. */
    public List<Statement> of(AccountId account) {
        return jdbc.sql("select * from statement_of_reasons where account_id = :account order by id desc")
                .param("account", account.value())
                .query(StatementsOfReasons::statement)
                .list();
    }

    /** One of the reader's statements; empty for anyone else's. */
    public Optional<Statement> find(AccountId account, long id) {
        return jdbc.sql("select * from statement_of_reasons where id = :id and account_id = :account")
                .param("id", id)
                .param("account", account.value())
                .query(StatementsOfReasons::statement)
                .optional();
    }

    Optional<Statement> ofBlock(long blockId) {
        return jdbc.sql("select * from statement_of_reasons where block_id = :block")
                .param("block", blockId)
                .query(StatementsOfReasons::statement)
                .optional();
    }

    /** The statements issued from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<Statement> between(Instant from, Instant to) {
        return jdbc.sql("select * from statement_of_reasons where decided_at >= :from and decided_at < :to order by id")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(StatementsOfReasons::statement)
                .list();
    }

    /**
     * Who decided a restriction and what they told the person: the engine alone (with no note), or a
     * moderator or an administrator, on readers' reports or their own initiative, on what the engine had
     * detected (partly automated) or alone.
     */
    record Origin(String note, String source, boolean automatedDetection, String automatedDecision) {

        static final Origin ENGINE = new Origin(null, "OWN_INITIATIVE", true, "FULLY");

        static Origin moderator(String note, boolean reported, boolean detected) {
            return new Origin(note, reported ? "REPORTS" : "OWN_INITIATIVE", detected, detected ? "PARTIALLY" : "NOT");
        }
    }

    /**
     * A statement before it is issued: what {@link Statement} has but its id, its public id and when it was
     * decided, which issuing gives it.
     */
    record Draft(
            long accountId,
            String edition,
            String restriction,
            Long commentId,
            Long blockId,
            String rule,
            String facts,
            boolean isFinal,
            Instant contentDate,
            Origin origin) {

        static Draft onComment(
                long accountId,
                String edition,
                String restriction,
                long commentId,
                String rule,
                String facts,
                Instant postedAt,
                Origin origin) {
            return new Draft(accountId, edition, restriction, commentId, null, rule, facts, false, postedAt, origin);
        }

        /** An account restricted by a person; {@code blockId} names the block, if it is one. */
        static Draft onAccount(
                long accountId,
                String edition,
                String restriction,
                Long blockId,
                String rule,
                String facts,
                boolean isFinal,
                Instant at,
                String note) {
            Origin person = Origin.moderator(note, false, false);
            return new Draft(accountId, edition, restriction, null, blockId, rule, facts, isFinal, at, person);
        }

        Statement issued(long id, String puid, Instant decidedAt) {
            return new Statement(
                    id,
                    puid,
                    accountId,
                    edition,
                    restriction,
                    commentId,
                    blockId,
                    rule,
                    facts,
                    origin.note(),
                    origin.source(),
                    origin.automatedDetection(),
                    origin.automatedDecision(),
                    isFinal,
                    contentDate,
                    decidedAt);
        }
    }

    private Statement issue(Draft draft) {
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        String puid = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into statement_of_reasons (puid, account_id, edition, restriction, comment_id, block_id,
                          rule, facts, note, source, automated_detection, automated_decision, is_final, content_date,
                          decided_at)
                        values (:puid, :account, :edition, :restriction, :comment, :block, :rule, :facts, :note,
                          :source, :detection, :decision, :final, :content, :now)""")
                .param("puid", puid)
                .param("account", draft.accountId())
                .param("edition", draft.edition())
                .param("restriction", draft.restriction())
                .param("comment", draft.commentId())
                .param("block", draft.blockId())
                .param("rule", draft.rule())
                .param("facts", draft.facts())
                .param("note", draft.origin().note())
                .param("source", draft.origin().source())
                .param("detection", draft.origin().automatedDetection())
                .param("decision", draft.origin().automatedDecision())
                .param("final", draft.isFinal())
                .param("content", Timestamp.from(draft.contentDate()))
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        Statement statement = draft.issued(keys.getKeyAs(Number.class).longValue(), puid, now);
        mail(statement);
        return statement;
    }

    /** Queues the statement's letter in the edition's language, with a link to it on the site. */
    private void mail(Statement statement) {
        if (statement.isDeletion()) {
            return; // accountDeleted mails the address the account had
        }
        Optional<Edition> edition = editions.find(statement.edition());
        Optional<String> to = addresses.of(new AccountId(statement.accountId()));
        if (edition.isEmpty() || to.isEmpty()) {
            return;
        }
        Text text = texts.of(edition.get());
        mail.queue(
                to.get(),
                edition.get(),
                "moderation.mail.statement",
                text.get("moderation.statement.restricted." + statement.restriction()),
                ruleTitle(statement.edition(), statement.rule()),
                text.get("moderation.statement.automated." + statement.automatedDecision()),
                text.get(redress(statement)),
                site.absolute(ModerationPaths.statement(statement.edition(), statement.id())));
    }

    /** How the reader can seek redress: an unlock request for a block that is not final, else a complaint. */
    static String redress(Statement statement) {
        if (statement.isDeletion()) {
            return "moderation.statement.redress.deleted";
        }
        if (statement.isBlock()) {
            return statement.isFinal() ? "moderation.statement.redress.final" : "moderation.statement.redress.unlock";
        }
        return "moderation.statement.redress.complaint";
    }

    /** The rule's title in the edition's language; its id when the edition no longer has it. */
    public String ruleTitle(String edition, String rule) {
        return standards.rules(edition).stream()
                .filter(r -> r.id().equals(rule))
                .map(CommunityStandards.Rule::title)
                .findFirst()
                .orElse(rule);
    }

    private static Statement statement(ResultSet rs, int row) throws SQLException {
        long comment = rs.getLong("comment_id");
        Long commentId = rs.wasNull() ? null : comment;
        long block = rs.getLong("block_id");
        Long blockId = rs.wasNull() ? null : block;
        return new Statement(
                rs.getLong("id"),
                rs.getString("puid"),
                rs.getLong("account_id"),
                rs.getString("edition"),
                rs.getString("restriction"),
                commentId,
                blockId,
                rs.getString("rule"),
                rs.getString("facts"),
                rs.getString("note"),
                rs.getString("source"),
                rs.getBoolean("automated_detection"),
                rs.getString("automated_decision"),
                rs.getBoolean("is_final"),
                rs.getTimestamp("content_date").toInstant(),
                rs.getTimestamp("decided_at").toInstant());
    }
}
