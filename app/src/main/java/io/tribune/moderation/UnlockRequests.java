package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.notifications.LetterOutbox;
import io.tribune.system.Site;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unlock requests: a blocked reader asks once per block to be let back in, explaining what they did and
 * why access should return; the edition's moderators grant it (the block is lifted) or refuse it with a
 * reason, and the reader is told by email. A final block takes no request: the server refuses one even
 * if the form is forged.
 */
@Service
public class UnlockRequests {

    public static final int MAX_EXPLANATION = 4000;
    public static final int PAGE = 50;

    private final Moderators moderators;
    private final Accounts accounts;
    private final BlockRepository blocks;
    private final AuditLog audit;
    private final LetterOutbox letters;
    private final Addresses addresses;
    private final Editions editions;
    private final Site site;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UnlockRequests(
            Moderators moderators,
            Accounts accounts,
            BlockRepository blocks,
            AuditLog audit,
            LetterOutbox letters,
            Addresses addresses,
            Editions editions,
            Site site,
            TransactionTemplate transaction,
            Clock clock) {
        this.moderators = moderators;
        this.accounts = accounts;
        this.blocks = blocks;
        this.audit = audit;
        this.letters = letters;
        this.addresses = addresses;
        this.editions = editions;
        this.site = site;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The reader's request to be unlocked. {@code accountId} is the id the form showed them (read-only);
     * a form carrying another id is refused.
     */
    public Decided request(AccountId reader, String edition, String accountId, String explanation) {
        if (accountId == null || !accountId.equals(Long.toString(reader.value()))) {
            return Decided.refused("moderation.unlock.error.account", 422);
        }
        String text = Notes.trimmed(explanation);
        if (text == null) {
            return Decided.refused("moderation.unlock.error.empty", 422);
        }
        String problem = Notes.problem(explanation, MAX_EXPLANATION);
        if (problem != null) {
            return Decided.refused(problem, 422);
        }
        return transaction.execute(tx -> {
            Optional<Block> standing = blocks.standing(reader);
            if (standing.isEmpty()) {
                return Decided.refused("moderation.unlock.error.notBlocked", 422);
            }
            Block block = standing.get();
            if (block.isFinal()) {
                return Decided.refused("moderation.unlock.error.final", 422);
            }
            if (blocks.requestFor(block.id()).isPresent()) {
                return Decided.refused("moderation.unlock.error.already", 409);
            }
            String queue = block.edition() == null ? edition : block.edition();
            blocks.insertRequest(block, queue, text, clock.instant());
            return Decided.done("moderation.unlock.done.requested");
        });
    }

    /** The edition's requests waiting for an answer, oldest first, with the reader's name. */
    public List<UnlockRequest> open(AccountId moderator, String edition, Long after) {
        moderators.check(moderator, edition);
        return blocks.open(edition, after, PAGE + 1).stream()
                .map(r -> new UnlockRequest(
                        r.id(),
                        r.block(),
                        accounts.find(new AccountId(r.block().accountId()))
                                .map(Reader::displayName)
                                .orElse(null),
                        r.explanation(),
                        r.createdAt(),
                        r.outcome(),
                        r.reason()))
                .toList();
    }

    int countOpen(String edition) {
        return blocks.countOpen(edition);
    }

    /** Grants the request: the block is lifted and the reader told. */
    public Decided grant(AccountId moderator, String edition, long requestId) {
        moderators.check(moderator, edition);
        return transaction.execute(tx -> {
            Optional<UnlockRequest> found = blocks.request(requestId, edition);
            if (found.isEmpty()) {
                return Decided.refused("moderation.error.notFound", 404);
            }
            UnlockRequest request = found.get();
            Instant now = clock.instant();
            if (!blocks.answer(requestId, "GRANTED", null, moderator, now)) {
                return Decided.refused("moderation.error.decidedMeanwhile", 409);
            }
            if (!blocks.lift(request.block().id(), moderator, now)) {
                tx.setRollbackOnly();
                return Decided.refused("moderation.error.decidedMeanwhile", 409);
            }
            audit.record(
                    moderator, "unlock.grant", edition, "unlock_request", requestId, "OPEN", "GRANTED", null, null);
            audit.record(
                    moderator,
                    "account.unlock",
                    edition,
                    "account",
                    request.block().accountId(),
                    "BLOCKED",
                    "ACTIVE",
                    null,
                    null);
            tell(request, "moderation.mail.granted", null);
            return Decided.done("moderation.done.granted");
        });
    }

    /** Refuses the request with a reason the reader is told; the block stands. */
    public Decided refuse(AccountId moderator, String edition, long requestId, String reason) {
        moderators.check(moderator, edition);
        String kept = Notes.trimmed(reason);
        if (kept == null) {
            return Decided.refused("moderation.error.reasonRequired", 422);
        }
        String problem = Notes.problem(reason, ModerationQueue.MAX_NOTE);
        if (problem != null) {
            return Decided.refused(problem, 422);
        }
        return transaction.execute(tx -> {
            Optional<UnlockRequest> found = blocks.request(requestId, edition);
            if (found.isEmpty()) {
                return Decided.refused("moderation.error.notFound", 404);
            }
            if (!blocks.answer(requestId, "REFUSED", kept, moderator, clock.instant())) {
                return Decided.refused("moderation.error.decidedMeanwhile", 409);
            }
            audit.record(
                    moderator, "unlock.refuse", edition, "unlock_request", requestId, "OPEN", "REFUSED", null, kept);
            tell(found.get(), "moderation.mail.refused", kept);
            return Decided.done("moderation.done.refused");
        });
    }

    /** Queues the reader's letter with the answer, in the answer's transaction. */
    private void tell(UnlockRequest request, String key, String reason) {
        AccountId reader = new AccountId(request.block().accountId());
        String code = request.block().edition();
        Optional<Edition> edition = code == null ? Optional.empty() : editions.find(code);
        Edition in = edition.orElseGet(editions::fallback);
        addresses
                .of(reader)
                .ifPresent(to -> letters.queue(
                        to, in, key, site.absolute(ModerationPaths.blocked(in.code())), reason == null ? "" : reason));
    }
}
