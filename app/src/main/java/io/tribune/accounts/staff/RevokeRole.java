package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.Problems;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin revokes one staff role. Only the role ends: the account, its sessions and its work stay.
 * The last administrator's role is never revoked, also when two admins revoke each other at once.
 */
@Service
public class RevokeRole {

    private final RoleRepository roles;
    private final Clock clock;

    public RevokeRole(RoleRepository roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    /** A role still held, by the id the admin page gives it; empty for revoked roles and anything else. */
    public Optional<StaffGrant> held(String grantId) {
        return GrantId.parse(grantId).flatMap(roles::find);
    }

    @Transactional
    public Problems revoke(AccountId admin, String grantId) {
        // one change of the staff at a time: what follows sees every revocation committed before it
        roles.lockAdministrators();
        // authorise
        if (!roles.holds(admin, Role.ADMIN, null)) {
            return problem("account.error.admin.forbidden");
        }
        // load
        Optional<StaffGrant> grant = GrantId.parse(grantId).flatMap(roles::find);
        if (grant.isEmpty()) {
            return problem("account.error.admin.noGrant");
        }
        // change and record
        if (!roles.revoke(grant.get().id(), admin, clock.instant())) {
            return problem("account.error.admin.lastAdmin");
        }
        return Problems.none();
    }

    private static Problems problem(String key) {
        return Problems.builder().add("form", key).build();
    }
}
