package io.tribune.accounts.signin;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.SignedIn;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.media.MediaPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an account that still has its generated one-time password (the first administrator) to the
 * change-password form from every page until it picks its own. Once a session has seen the account
 * settled it stops asking (the flag is only ever cleared after it was set), so the gate costs
 * one look-up per session.
 */
@Component
class OneTimePasswordGate extends OncePerRequestFilter {

    private static final String SETTLED = "tribune.accounts.passwordSettled";
    /**
     * What the password form itself needs: the form, log-out, error pages, assets (the static path
     * pattern of the application's properties), pictures, and the account bar every page fetches (sent
     * back to the form, it made the form fetch it again, nine times a second).
     */
    private static final RequestMatcher OPEN = new OrRequestMatcher(Stream.of(
                    AccountPaths.PASSWORD,
                    AccountPaths.BAR,
                    AccountPaths.LOG_OUT,
                    "/error",
                    "/favicon.ico",
                    "/assets/**",
                    MediaPaths.RENDITION,
                    MediaPaths.UPLOADED_AVATAR,
                    MediaPaths.DRAWN_AVATAR)
            .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
            .toList());

    private final AccountRepository accounts;
    private final Editions editions;

    OneTimePasswordGate(AccountRepository accounts, Editions editions) {
        this.accounts = accounts;
        this.editions = editions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<AccountId> signedIn = SignedIn.account();
        if (session == null
                || signedIn.isEmpty()
                || signedIn.get().toString().equals(session.getAttribute(SETTLED))
                || OPEN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean mustChange =
                accounts.find(signedIn.get()).map(Account::mustChangePassword).orElse(false);
        if (!mustChange) {
            session.setAttribute(SETTLED, signedIn.get().toString());
            chain.doFilter(request, response);
            return;
        }
        String form = AccountPaths.in(edition(request.getRequestURI()), AccountPaths.PASSWORD);
        if ("true".equals(request.getHeader("HX-Request"))) {
            // an htmx fragment (the account bar of a cached page) turns the whole page around
            response.setHeader("HX-Redirect", form);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", form);
        }
    }

    private Edition edition(String path) {
        return editions.ofPath(path).orElseGet(editions::fallback);
    }
}
