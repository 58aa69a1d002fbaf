package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommunityStandards;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A moderator blocks an account from the discussions, under a rule and with a note; the reader is sent a
 * statement of reasons. The block takes effect at once (the discussion asks {@link StandingBlocks} on
 * every post, edit and report). An account blocked again after an unlock is blocked for good.
 */
@Service
public class AccountBlocks {

    private final Moderators moderators;
    private final Accounts accounts;
    private final CommentQueue comments;
    private final CommunityStandards standards;
    private final BlockRepository blocks;
    private final StatementsOfReasons statements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccountBlocks(
            Moderators moderators,
            Accounts accounts,
            CommentQueue comments,
            CommunityStandards standards,
            BlockRepository blocks,
            StatementsOfReasons statements,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.moderators = moderators;
        this.accounts = accounts;
        this.comments = comments;
        this.standards = standards;
        this.blocks = blocks;
        this.statements = statements;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Blocks the account. A moderator of the edition may block a reader of the edition or one who commented
     * in it; an administrator anyone.
     */
    public Decided block(AccountId moderator, String edition, long accountId, String rule, String note) {
        moderators.check(moderator, edition);
        AccountId account = new AccountId(accountId);
        if (reachable(moderator, edition, account).isEmpty() || account.equals(moderator)) {
            return Decided.refused("moderation.error.noAccount", 404);
        }
        Decided refused = Grounds.refusal(standards, edition, rule, note);
        if (refused != null) {
            return refused;
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> {
            if (blocks.standing(account).isPresent()) {
                return Decided.refused("moderation.error.alreadyBlocked", 409);
            }
            boolean isFinal = blocks.wasLifted(account);
            Instant now = clock.instant();
            long id = blocks.insert(account, edition, rule, kept, moderator, isFinal, now);
            audit.record(
                    moderator,
                    "account.block",
                    edition,
                    "account",
                    accountId,
                    "ACTIVE",
                    isFinal ? "BLOCKED_FINAL" : "BLOCKED",
                    rule,
                    kept);
            statements.accountBlocked(id, account, edition, rule, kept, isFinal, now);
            return Decided.done(isFinal ? "moderation.done.blockedFinal" : "moderation.done.blocked");
        });
    }

    /**
     * An author as the edition's moderators see them; throws {@link NotFound} for an
     * account the moderator may not act on (the same reach as blocking).
     */
    public AuthorView author(AccountId moderator, String edition, long accountId) {
        moderators.check(moderator, edition);
        AccountId account = new AccountId(accountId);
        String name =
                reachable(moderator, edition, account).map(Reader::displayName).orElseThrow(NotFound::new);
        return new AuthorView(
                accountId,
                name,
                comments.authorRecord(accountId, edition),
                blocks.history(account),
                statements.of(account));
    }

    /** The account if the moderator may act on it: a reader of the edition or one who commented in it; admins anyone. */
    private Optional<Reader> reachable(AccountId moderator, String edition, AccountId account) {
        return accounts.find(account)
                .filter(reader -> moderators.isAdmin(moderator)
                        || reader.edition().equals(edition)
                        || comments.hasCommentedIn(account.value(), edition));
    }

    /** The block that stands on the reader, with its statement and their unlock request; empty when none does. */
    public Optional<BlockStanding> standing(AccountId reader) {
        return blocks.standing(reader)
                .map(block -> new BlockStanding(
                        block,
                        statements.ofBlock(block.id()).orElse(null),
                        blocks.requestFor(block.id()).orElse(null)));
    }
}
