package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.accounts.SignInRequired;
import io.tribune.accounts.SignedIn;
import io.tribune.accounts.StaffOnly;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which account pages need a signed-in reader and which an administrator, and which pages of other
 * modules need staff of the path's edition ({@link StaffOnly}), declared once for the security chain;
 * handlers take the reader's {@code AccountId} and never check by hand. A visitor
 * who is not signed in is sent to the edition's log-in page (htmx fragments turn the whole page
 * there); anyone but an administrator gets 404 on the admin pages, and anyone but the staff on
 * theirs, as if they did not exist.
 */
@Configuration
class SignedInPages {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /**
     * The reader's own pages. Not among them: the account bar, log-in, registration and mailed links.
     * Other modules add theirs as {@link SignInRequired} beans.
     */
    static final RequestMatcher READER = new OrRequestMatcher(Stream.concat(
                    Stream.of(
                                    AccountPaths.PROFILE,
                                    AccountPaths.NAME,
                                    AccountPaths.PASSWORD,
                                    AccountPaths.EMAIL,
                                    AccountPaths.NOTIFICATIONS,
                                    AccountPaths.CONSENT,
                                    AccountPaths.EXPORT,
                                    AccountPaths.DELETE)
                            .map(AccountPaths::inEveryEdition),
                    Stream.of(AccountPaths.AVATAR, AccountPaths.IDENTITIES).map(AccountPaths::underInEveryEdition))
            .<RequestMatcher>map(PATHS::matcher)
            .toList());

    static final RequestMatcher ADMIN = PATHS.matcher(AccountPaths.underInEveryEdition(AccountPaths.ADMIN));

    private final Editions editions;
    private final Accounts accounts;
    private final RequestMatcher readers;
    private final List<StaffOnly> desks;

    SignedInPages(Editions editions, Accounts accounts, List<SignInRequired> elsewhere, List<StaffOnly> desks) {
        this.editions = editions;
        this.accounts = accounts;
        this.desks = List.copyOf(desks);
        List<RequestMatcher> matchers = new ArrayList<>(List.of(READER));
        elsewhere.forEach(required -> matchers.add(required.requests()));
        this.readers = new OrRequestMatcher(matchers);
    }

    @Bean
    Customizer<HttpSecurity> signedInPagesSecurity() {
        return http -> {
            try {
                http.authorizeHttpRequests(auth -> {
                            desks.forEach(desk ->
                                    auth.requestMatchers(desk.requests()).access(staffOf(desk.role())));
                            auth.requestMatchers(readers)
                                    .authenticated()
                                    .requestMatchers(ADMIN)
                                    .access(administrator());
                        })
                        .exceptionHandling(exceptions -> {
                            exceptions
                                    .defaultAuthenticationEntryPointFor(
                                            (request, response, exception) ->
                                                    response.sendError(HttpServletResponse.SC_NOT_FOUND),
                                            ADMIN)
                                    .defaultAuthenticationEntryPointFor(logInFirst(), readers)
                                    .defaultAccessDeniedHandlerFor(notFound(), ADMIN);
                            desks.forEach(desk -> exceptions
                                    .defaultAuthenticationEntryPointFor(logInFirst(), desk.requests())
                                    .defaultAccessDeniedHandlerFor(notFound(), desk.requests()));
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Roles are read afresh on each request, so a revoked administrator loses the pages at once. */
    private AuthorizationManager<RequestAuthorizationContext> administrator() {
        return (authentication, context) -> new AuthorizationDecision(SignedIn.account(authentication.get())
                .filter(id -> accounts.hasRole(id, Role.ADMIN, null))
                .isPresent());
    }

    /** The holders of the role in the edition the path names, and administrators; read afresh as above. */
    private AuthorizationManager<RequestAuthorizationContext> staffOf(Role role) {
        return (authentication, context) -> new AuthorizationDecision(SignedIn.account(authentication.get())
                .filter(id -> editions.ofPath(context.getRequest().getRequestURI())
                        .filter(edition -> accounts.isStaffOf(id, role, edition.code()))
                        .isPresent())
                .isPresent());
    }

    private AuthenticationEntryPoint logInFirst() {
        return (request, response, exception) -> {
            Edition edition = editions.ofPath(request.getRequestURI()).orElseGet(editions::fallback);
            redirect(request, response, AccountPaths.logIn(edition));
        };
    }

    /** Admin pages do not exist for anyone else; a form posted without its CSRF token is still refused as such. */
    private static AccessDeniedHandler notFound() {
        return (request, response, exception) -> response.sendError(
                exception instanceof CsrfException
                        ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_NOT_FOUND);
    }

    /** A 302 for a browser; for an htmx request, which would swap the log-in page into a fragment, HX-Redirect. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", path);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", path);
        }
    }
}
