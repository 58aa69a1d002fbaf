package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.Problems;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin grants a staff role to an existing, confirmed account. */
@Service
public class GrantRole {

    private final RoleRepository roles;
    private final AccountRepository accounts;
    private final Editions editions;
    private final Clock clock;

    GrantRole(RoleRepository roles, AccountRepository accounts, Editions editions, Clock clock) {
        this.roles = roles;
        this.accounts = accounts;
        this.editions = editions;
        this.clock = clock;
    }

    @Transactional
    public Problems grant(AccountId admin, String email, String roleName, String edition) {
        // one change of the staff at a time (see RevokeRole): an admin whose role was just revoked grants nothing
        roles.lockAdministrators();
        // authorise
        if (!roles.holds(admin, Role.ADMIN, null)) {
            return Problems.builder()
                    .add("form", "account.error.admin.forbidden")
                    .build();
        }
        // validate and load
        Optional<Role> role = parseRole(roleName);
        Optional<Account> account = EmailAddress.parse(email)
                .flatMap(e -> accounts.findByEmail(e.value()))
                .filter(Account::isActive);
        var problems = Problems.builder()
                .add("email", account.filter(Account::isConfirmed).isEmpty() ? "account.error.admin.noAccount" : null)
                .add("role", role.isEmpty() ? "account.error.admin.role" : null)
                .add(
                        "edition",
                        role.filter(Role::isPerEdition).isPresent()
                                        && editions.find(edition).isEmpty()
                                ? "account.error.admin.edition"
                                : null);
        if (!problems.isEmpty()) {
            return problems.build();
        }
        // change and record (granting twice changes nothing)
        if (!roles.holds(account.get().id(), role.get(), edition)) {
            roles.grant(account.get().id(), role.get(), edition, admin, clock.instant());
        }
        return Problems.none();
    }

    private static Optional<Role> parseRole(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
