package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes staff roles. A revoked role stays as a row with its revocation; it is no longer held. */
@Repository
public class RoleRepository {

    private static final String HELD = "select r.*, a.display_name, a.email from account_role r"
            + " join account a on a.id = r.account_id where r.revoked_at is null";

    private final JdbcClient jdbc;

    public RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StaffGrant> of(AccountId account) {
        return jdbc.sql(HELD + " and r.account_id = ?")
                .param(account.value())
                .query(RoleRepository::grant)
                .list();
    }

    /** The roles held by any of the accounts, for one page of the admin's list. */
    public List<StaffGrant> of(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HELD + " and r.account_id in (:accounts) order by r.role, r.edition")
                .param("accounts", accounts.stream().map(AccountId::value).toList())
                .query(RoleRepository::grant)
                .list();
    }

    public List<StaffGrant> all() {
        return jdbc.sql(HELD + " order by a.display_name, r.role, r.edition")
                .query(RoleRepository::grant)
                .list();
    }

    public Optional<StaffGrant> find(GrantId id) {
        return jdbc.sql(HELD + " and r.id = ?")
                .param(id.value())
                .query(RoleRepository::grant)
                .optional();
    }

    boolean anyAdmin() {
        return jdbc.sql("select count(*) from account_role where role = 'ADMIN' and revoked_at is null")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public boolean holds(AccountId account, Role role, String edition) {
        return of(account).stream()
                .anyMatch(g ->
                        g.role() == role && (!role.isPerEdition() || g.edition().equals(edition)));
    }

    public void grant(AccountId account, Role role, String edition, AccountId grantedBy, Instant now) {
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at, granted_by) values (?, ?, ?, ?, ?)")
                .params(
                        account.value(),
                        role.name(),
                        role.isPerEdition() ? edition : null,
                        Timestamp.from(now),
                        grantedBy == null ? null : grantedBy.value())
                .update();
    }

    /**
     * Locks every held administrator role until the transaction ends, in one order so two callers never
     * wait for each other. Whoever changes the staff takes these locks first, so changes happen one at
     * a time and each statement after the lock sees the one before it committed.
     */
    void lockAdministrators() {
        jdbc.sql("select id from account_role where role = 'ADMIN' and revoked_at is null order by id for update")
                .query(Long.class)
                .list();
    }

    /**
     * Revokes a held role, recording who and when; refused — false — when it is not held, or when it
     * is an administrator's and no other active account would stay administrator.
     */
    boolean revoke(GrantId id, AccountId revokedBy, Instant now) {
        return jdbc.sql("update account_role set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null"
                                + " and (role <> 'ADMIN' or exists (select 1 from account_role o"
                                + " join account a on a.id = o.account_id where o.role = 'ADMIN'"
                                + " and o.revoked_at is null and a.status = 'ACTIVE'"
                                + " and o.account_id <> account_role.account_id))")
                        .params(Timestamp.from(now), revokedBy.value(), id.value())
                        .update()
                == 1;
    }

    private static StaffGrant grant(ResultSet rs, int row) throws SQLException {
        return new StaffGrant(
                new GrantId(rs.getLong("id")),
                new AccountId(rs.getLong("account_id")),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getString("edition"));
    }
}
