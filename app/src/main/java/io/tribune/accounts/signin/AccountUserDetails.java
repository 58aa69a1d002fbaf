package io.tribune.accounts.signin;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.staff.RoleRepository;
import java.util.ArrayList;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of an account, looked up by id: the session and remember-me tokens carry
 * the id rather than the email, which the reader may change.
 */
@Component
public class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final RoleRepository roles;

    AccountUserDetails(AccountRepository accounts, RoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public UserDetails loadUserByUsername(String id) {
        Account account = AccountId.parse(id)
                .flatMap(accounts::find)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.id().toString())
                .password(account.passwordHash() == null ? "" : account.passwordHash())
                .disabled(!account.isActive())
                .authorities(authorities(account.id()))
                .build();
    }

    private String[] authorities(AccountId id) {
        var authorities = new ArrayList<String>();
        authorities.add("ROLE_READER");
        roles.of(id).forEach(grant -> authorities.add(grant.role().authority(grant.edition())));
        return authorities.toArray(String[]::new);
    }
}
