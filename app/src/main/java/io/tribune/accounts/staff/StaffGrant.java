package io.tribune.accounts.staff;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Role;

/**
 * One role held by one account, as the admin page lists it.
 *
 * @param edition the edition code for per-edition roles, or null
 */
public record StaffGrant(GrantId id, AccountId account, String displayName, String email, Role role, String edition) {}
