package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Blocks and unlock requests. */
@Repository
class BlockRepository {

    private static final String REQUESTS = "select r.id as request_id, r.explanation, r.created_at, r.outcome,"
            + " r.reason, b.* from unlock_request r join account_block b on b.id = r.block_id";

    private final JdbcClient jdbc;

    BlockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The block that stands on the account, if any (the newest, should there be several). */
    Optional<Block> standing(AccountId account) {
        return jdbc.sql("select * from account_block where account_id = :account and lifted_at is null"
                        + " order by id desc fetch first 1 rows only")
                .param("account", account.value())
                .query(BlockRepository::block)
                .optional();
    }

    boolean wasLifted(AccountId account) {
        return jdbc.sql("select count(*) from account_block where account_id = :account and lifted_at is not null")
                        .param("account", account.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insert(
            AccountId account, String edition, String rule, String note, AccountId by, boolean isFinal, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into account_block (account_id, rule, blocked_by, blocked_at, is_final, edition, note)
                        values (:account, :rule, :by, :at, :final, :edition, :note)""")
                .param("account", account.value())
                .param("rule", rule)
                .param("by", by.value())
                .param("at", Timestamp.from(at))
                .param("final", isFinal)
                .param("edition", edition)
                .param("note", note)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Lifts a standing block that is not final; false when it was lifted already or is final. */
    boolean lift(long blockId, AccountId by, Instant at) {
        return jdbc.sql("update account_block set lifted_at = :at, lifted_by = :by"
                                + " where id = :id and lifted_at is null and is_final = false")
                        .param("at", Timestamp.from(at))
                        .param("by", by.value())
                        .param("id", blockId)
                        .update()
                > 0;
    }

    long insertRequest(Block block, String edition, String explanation, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into unlock_request (block_id, account_id, edition, explanation, created_at)
                        values (:block, :account, :edition, :explanation, :at)""")
                .param("block", block.id())
                .param("account", block.accountId())
                .param("edition", edition)
                .param("explanation", explanation)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<UnlockRequest> requestFor(long blockId) {
        return jdbc.sql(REQUESTS + " where r.block_id = :block")
                .param("block", blockId)
                .query(BlockRepository::request)
                .optional();
    }

    Optional<UnlockRequest> request(long id, String edition) {
        return jdbc.sql(REQUESTS + " where r.id = :id and r.edition = :edition")
                .param("id", id)
                .param("edition", edition)
                .query(BlockRepository::request)
                .optional();
    }

    /** The edition's requests waiting for a moderator, oldest first, after the id last seen. */
    List<UnlockRequest> open(String edition, Long after, int limit) {
        return jdbc.sql(REQUESTS + " where r.edition = :edition and r.outcome is null and r.id > :after"
                        + " order by r.id fetch first " + limit + " rows only")
                .param("edition", edition)
                .param("after", after == null ? 0 : after)
                .query(BlockRepository::request)
                .list();
    }

    int countOpen(String edition) {
        return jdbc.sql("select count(*) from unlock_request where edition = :edition and outcome is null")
                .param("edition", edition)
                .query(Integer.class)
                .single();
    }

    /** Records the answer if the request still waits; false when another moderator answered first. */
    boolean answer(long id, String outcome, String reason, AccountId by, Instant at) {
        return jdbc.sql("update unlock_request set outcome = :outcome, reason = :reason, decided_by = :by,"
                                + " decided_at = :at where id = :id and outcome is null")
                        .param("outcome", outcome)
                        .param("reason", reason)
                        .param("by", by.value())
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .update()
                > 0;
    }

    /**
     * Every block placed on the account, newest first, each as an unlock request row: with the request
     * if one was made, else with no explanation and no id (0).
     */
    List<UnlockRequest> history(AccountId account) {
        return jdbc.sql(
                        "select coalesce(r.id, 0) as request_id, r.explanation, coalesce(r.created_at, b.blocked_at)"
                                + " as created_at, r.outcome, r.reason, b.* from account_block b"
                                + " left join unlock_request r on r.block_id = b.id where b.account_id = :account order by b.id desc")
                .param("account", account.value())
                .query(BlockRepository::request)
                .list();
    }

    private static Block block(ResultSet rs, int row) throws SQLException {
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new Block(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("edition"),
                rs.getString("rule"),
                rs.getString("note"),
                rs.getTimestamp("blocked_at").toInstant(),
                rs.getBoolean("is_final"),
                lifted == null ? null : lifted.toInstant());
    }

    private static UnlockRequest request(ResultSet rs, int row) throws SQLException {
        return new UnlockRequest(
                rs.getLong("request_id"),
                block(rs, row),
                null,
                rs.getString("explanation"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("outcome"),
                rs.getString("reason"));
    }
}
