package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.SignedIn;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages that hand over an account or the site — deleting the account, the administrator's pages —
 * ask for a sign-in of the last few minutes: the password (or the provider) given again, not a
 * remember-me cookie or a session left open on a shared computer. Anyone else is sent to the log-in
 * page, and comes back here after it. Visitors who are not signed in pass through: those pages
 * answer them as before.
 */
@Configuration
class RecentSignIn implements HandlerInterceptor, WebMvcConfigurer {

    static final Duration RECENT = Duration.ofMinutes(10);
    private static final String SIGNED_IN_AT = RecentSignIn.class.getName() + ".signedInAt";
    private static final String RETURN_TO = RecentSignIn.class.getName() + ".returnTo";
    /**
     * The pages a log-in again leads back to, as their handlers are mapped: deleting the account and each
     * administrator's page. Only a path one of them answers is ever kept as the way back.
     */
    private static final RequestMatcher GUARDED =
            new OrRequestMatcher(Stream.of(AccountPaths.DELETE, AccountPaths.ROLES, AccountPaths.REVOKE)
                    .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
                    .toList());

    private final Editions editions;

    RecentSignIn(Editions editions) {
        this.editions = editions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(
                        AccountPaths.inEveryEdition(AccountPaths.DELETE),
                        AccountPaths.underInEveryEdition(AccountPaths.ADMIN));
    }

    /** Marks the session as signed in just now, by a password or a provider. */
    static void signedInNow(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, Instant.now());
    }

    /** The guarded page that sent the reader to log in again, taken from the session once. */
    static Optional<String> takeReturnPath(HttpSession session) {
        if (session == null || !(session.getAttribute(RETURN_TO) instanceof String path)) {
            return Optional.empty();
        }
        session.removeAttribute(RETURN_TO);
        return Optional.of(path);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        HttpSession session = request.getSession(false);
        if (SignedIn.account().isEmpty() || isRecent(session)) {
            return true;
        }
        Edition edition = editions.ofPath(request.getRequestURI()).orElseGet(editions::fallback);
        if (GUARDED.matches(request) && "GET".equals(request.getMethod())) {
            // only a path of the guarded pattern is ever kept, so the way back leads nowhere else
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI());
        }
        response.sendRedirect(AccountPaths.logInAgain(edition));
        return false;
    }

    private static boolean isRecent(HttpSession session) {
        return session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant at
                && at.isAfter(Instant.now().minus(RECENT));
    }
}
