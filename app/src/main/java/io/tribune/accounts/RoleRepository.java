package io.tribune.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes staff roles. */
@Repository
class RoleRepository {

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffGrant> of(AccountId account) {
        return jdbc.sql("select r.*, a.display_name, a.email from account_role r join account a on a.id = r.account_id"
                        + " where r.account_id = ?")
                .param(account.value())
                .query(RoleRepository::grant)
                .list();
    }

    List<StaffGrant> all() {
        return jdbc.sql("select r.*, a.display_name, a.email from account_role r join account a on a.id = r.account_id"
                        + " order by a.display_name, r.role, r.edition")
                .query(RoleRepository::grant)
                .list();
    }

    boolean anyAdmin() {
        return jdbc.sql("select count(*) from account_role where role = 'ADMIN'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean holds(AccountId account, Role role, String edition) {
        return of(account).stream()
                .anyMatch(g ->
                        g.role() == role && (!role.isPerEdition() || g.edition().equals(edition)));
    }

    void grant(AccountId account, Role role, String edition, AccountId grantedBy, Instant now) {
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at, granted_by) values (?, ?, ?, ?, ?)")
                .params(
                        account.value(),
                        role.name(),
                        role.isPerEdition() ? edition : null,
                        Timestamp.from(now),
                        grantedBy == null ? null : grantedBy.value())
                .update();
    }

    private static StaffGrant grant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffGrant(
                new AccountId(rs.getLong("account_id")),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getString("edition"));
    }
}
