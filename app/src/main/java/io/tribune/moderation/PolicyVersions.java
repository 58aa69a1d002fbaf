package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each edition's policy that administrators saved. The live policy book is the built-in
 * policy, the operator's file over it, and over that the newest saved version of each edition. Every node
 * reads the newest versions at start and polls for newer ones, so a save on one node reaches the others
 * within the poll's delay; the saving node rebuilds its engine at once.
 */
@Component
public class PolicyVersions {

    private static final Logger log = LoggerFactory.getLogger(PolicyVersions.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Engines engines;
    private final ModerationSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private long applied;

    /** One saved version. */
    public record Version(long id, String edition, int version, String body, long author, Instant at) {}

    /** Another administrator saved a version after the one the form was based on; nothing is saved. */
    public static final class Stale extends RuntimeException {
        private final int current;

        Stale(int current) {
            super("the policy changed meanwhile; now at version " + current);
            this.current = current;
        }

        public int current() {
            return current;
        }
    }

    PolicyVersions(
            JdbcClient jdbc,
            Engines engines,
            ModerationSettings settings,
            AuditLog audit,
            Clock clock,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.engines = engines;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
        refresh();
    }

    /** The policy the engine screens the edition with now, if the edition has one. */
    public Optional<Policy> live(String edition) {
        PolicyBook book = engines.policies();
        return book.covers(edition) ? Optional.of(book.policyFor(edition)) : Optional.empty();
    }

    /** The number of the newest saved version of the edition's policy, 0 while none is saved. */
    public int current(String edition) {
        return jdbc.sql("select coalesce(max(version), 0) from policy_version where edition = :edition")
                .param("edition", edition)
                .query(Integer.class)
                .single();
    }

    /** The edition's saved versions, newest first. */
    public List<Version> history(String edition) {
        return jdbc.sql("""
                        select id, edition, version, body, author_id, created_at from policy_version
                        where edition = :edition order by version desc limit 50""")
                .param("edition", edition)
                .query((rs, row) -> new Version(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * Saves the draft as the next version of the edition's policy if the newest version is still
     * {@code base}, audits it, and screens with it from now on. The draft is read into a full policy book
     * first, so a version that the engine would refuse is never saved.
     *
     * @throws Stale when another version was saved since {@code base}
     */
    public int save(AccountId admin, String edition, int base, PolicyDraft draft) {
        String json = JSON.writeValueAsString(draft.document(edition));
        bookWith(edition, draft);
        Version saved = transactions.execute(status -> {
            int current = current(edition);
            if (current != base) {
                throw new Stale(current);
            }
            int next = current + 1;
            Instant now = clock.instant();
            try {
                jdbc.sql("""
                                insert into policy_version (edition, version, body, author_id, created_at)
                                values (:edition, :version, :body, :author, :at)""")
                        .param("edition", edition)
                        .param("version", next)
                        .param("body", json)
                        .param("author", admin.value())
                        .param("at", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException e) {
                // saved meanwhile by another node; the transaction is spoilt for further queries (PostgreSQL)
                throw new Stale(next);
            }
            long id = jdbc.sql("select id from policy_version where edition = :edition and version = :version")
                    .param("edition", edition)
                    .param("version", next)
                    .query(Long.class)
                    .single();
            audit.record(admin, "policy.save", edition, "policy", id, "v" + current, "v" + next, null, null);
            return new Version(id, edition, next, json, admin.value(), now);
        });
        events.publishEvent(new PolicySaved(edition, saved.version(), saved.id()));
        refresh();
        return saved.version();
    }

    /** Rebuilds the engine when a version newer than the one in use was saved, here or on another node. */
    @Scheduled(fixedDelayString = "${tribune.moderation.policy-poll:PT30S}")
    public synchronized void refresh() {
        long newest = jdbc.sql("select coalesce(max(id), 0) from policy_version")
                .query(Long.class)
                .single();
        if (newest == applied) {
            return;
        }
        try {
            engines.usePolicies(book(newest()));
            applied = newest;
            log.info("moderation policy: saved versions up to id {} in use", newest);
        } catch (RuntimeException e) {
            log.error("moderation policy: the saved versions cannot be used; the policy in use stays", e);
        }
    }

    /** The policy book in use, with the draft in place of the edition's newest saved version. */
    PolicyBook bookWith(String edition, PolicyDraft draft) {
        Map<String, Saved> saved = newest();
        int base = saved.containsKey(edition) ? saved.get(edition).version() : 0;
        saved.put(edition, new Saved(base, JSON.writeValueAsString(draft.document(edition))));
        return book(saved);
    }

    /** An edition's newest saved version: its number and its body (JSON). */
    private record Saved(int version, String body) {}

    private Map<String, Saved> newest() {
        Map<String, Saved> saved = new TreeMap<>();
        jdbc.sql("""
                        select p.edition, p.version, p.body from policy_version p
                        where p.version = (select max(q.version) from policy_version q where q.edition = p.edition)""")
                .query((rs, row) -> saved.put(rs.getString(1), new Saved(rs.getInt(2), rs.getString(3))))
                .list();
        return saved;
    }

    /**
     * The policy book of the operator's file with these editions' saved versions over it, named after
     * the file's version and each edition's number (e.g. {@code 2026-11+en3+ru1}).
     */
    private PolicyBook book(Map<String, Saved> saved) {
        List<PolicyBook.Document> documents = new ArrayList<>();
        if (settings.policy() != null) {
            try {
                documents.add(
                        new PolicyBook.Document(settings.policy().toString(), Files.readString(settings.policy())));
            } catch (IOException e) {
                throw new IllegalStateException("policy file " + settings.policy() + " cannot be read", e);
            }
        }
        StringBuilder version =
                new StringBuilder(PolicyBook.withOverrides(documents).version());
        saved.forEach((edition, body) -> {
            documents.add(new PolicyBook.Document("saved policy of " + edition, body.body()));
            version.append('+').append(edition).append(body.version());
        });
        String name = version.length() > 40 ? version.substring(0, 40) : version.toString();
        documents.add(
                new PolicyBook.Document("saved policy versions", JSON.writeValueAsString(Map.of("version", name))));
        return PolicyBook.withOverrides(documents);
    }
}
