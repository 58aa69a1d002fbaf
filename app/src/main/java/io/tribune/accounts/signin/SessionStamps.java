package io.tribune.accounts.signin;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.SignedIn;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions that began before the account's password was reset. Each session remembers the
 * account's stamp from when it began; a reset raises the stamp, so every older session, on every
 * node, is invalidated at its next request. The check reads one column of the account's row per
 * signed-in request.
 */
@Component
public class SessionStamps extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "tribune.accounts.sessionStamp";

    private final AccountRepository accounts;

    SessionStamps(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<AccountId> signedIn = SignedIn.account();
        if (session != null && signedIn.isPresent()) {
            // read from the database at every request, not kept on the node: a reset on another node
            // must end this session at its very next request
            Optional<Integer> current = accounts.activeSessionStamp(signedIn.get());
            Object stamp = session.getAttribute(ATTRIBUTE);
            if (current.isEmpty() || (stamp instanceof Integer s && !s.equals(current.get()))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (stamp == null) {
                session.setAttribute(ATTRIBUTE, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** Stamps a session that begins now (a sign-in, a new password) with the account's current stamp. */
    public void stamp(HttpSession session, AccountId id) {
        session.setAttribute(
                ATTRIBUTE, accounts.find(id).map(Account::sessionStamp).orElse(-1));
    }
}
