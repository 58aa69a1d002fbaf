package io.tribune.accounts;

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
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String id) {
        Account account = AccountId.parse(id)
                .flatMap(accounts::find)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.id().toString())
                .password(account.passwordHash() == null ? "" : account.passwordHash())
                .disabled(!account.isActive())
                .roles("READER")
                .build();
    }
}
