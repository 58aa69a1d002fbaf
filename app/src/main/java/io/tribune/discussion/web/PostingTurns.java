package io.tribune.discussion.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.tribune.discussion.CommentPermits;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.SecurityHeaders;
import io.tribune.system.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A comment posted or edited takes its turn ({@link CommentPermits}) in front of the security filters,
 * so that under a burst the posts refused as busy cost no sign-in check, no database connection and no
 * discussion read: the reader gets the form back as typed on a page of its own. Only a post from a
 * signed-in session carrying that session's form token waits here; anything else goes on as before, to
 * be answered by the security filters (log-in, 403) and take its turn in the posting itself. A post
 * given its turn keeps it through the security filters and the posting, which therefore bounds the
 * connections posting holds at once. Turning a post away changes nothing, so every check that
 * guards a change (form token, session check, quota, screening) runs as before for every post that is
 * handled. An htmx post refused goes on without a turn and is answered busy by the controller, which
 * draws the discussion fragment htmx swaps in.
 */
class PostingTurns extends OncePerRequestFilter implements Ordered {

    /** Just in front of Spring Security's filters (-100), after the request's character encoding is set. */
    static final int ORDER = -101;

    private static final Pattern POSTING =
            Pattern.compile("/([a-z]{2})/discussion/([0-9]{1,18})(/comments/[0-9]{1,18}/edit)?");

    private final CommentPermits permits;
    private final DiscussionViews views;
    private final Editions editions;
    private final TemplateEngine templates;
    private final Map<String, String> securityHeaders;
    private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler tokenFields = new XorCsrfTokenRequestAttributeHandler();

    PostingTurns(
            CommentPermits permits, DiscussionViews views, Editions editions, TemplateEngine templates, Site site) {
        this.permits = permits;
        this.views = views;
        this.editions = editions;
        this.templates = templates;
        this.securityHeaders = SecurityHeaders.of(site);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = POSTING.matcher(request.getRequestURI());
        Optional<Edition> edition = path.matches() ? editions.find(path.group(1)) : Optional.empty();
        if (edition.isEmpty() || !isSignedInWithItsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean given = permits.take();
        try {
            String parent = request.getParameter("parent");
            if (given
                    || DiscussionViews.isHtmx(request)
                    || (parent != null && !parent.isEmpty() && !parent.matches("[0-9]{1,18}"))) {
                // an htmx post, or a form the controller refuses as malformed, is answered there
                chain.doFilter(request, response);
            } else {
                busy(edition.get(), Long.parseLong(path.group(2)), path.group(3) != null, request, response);
            }
        } finally {
            permits.end();
        }
    }

    /**
     * Whether the session is a signed-in reader's and the form carries its token, read from the
     * session alone (held in memory). A post that fails either is the security filters' to answer.
     */
    private boolean isSignedInWithItsToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context)) {
            return false;
        }
        Authentication authentication = context.getAuthentication();
        CsrfToken token = tokens.loadToken(request);
        if (authentication == null || !authentication.isAuthenticated() || token == null) {
            return false;
        }
        String sent = tokenFields.resolveCsrfTokenValue(request, token);
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), token.getToken().getBytes(StandardCharsets.UTF_8));
    }

    /** The form back as typed, on the busy page of its own, with Retry-After: reads nothing from the database. */
    private void busy(
            Edition edition, long articleId, boolean isEdit, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CsrfToken token = tokens.loadToken(request);
        tokenFields.handle(request, response, () -> token);
        DiscussionViews.Resend resend = isEdit
                ? DiscussionViews.Resend.edit(request.getRequestURI())
                : DiscussionViews.Resend.comment(edition, articleId, parent(request.getParameter("parent")));
        BusyForm form = views.busyForm(
                edition,
                articleId,
                resend,
                request.getParameter("sort"),
                DiscussionViews.echo(request.getParameter("text")),
                request);
        Utf8ByteOutput page = new Utf8ByteOutput();
        templates.render(DiscussionViews.BUSY + ".jte", Map.of("form", form), page);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        securityHeaders.forEach(response::setHeader);
        response.setHeader(HttpHeaders.RETRY_AFTER, DiscussionViews.RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.getContentLength());
        page.writeTo(response.getOutputStream());
    }

    /** The comment replied to, as the form sent it (a number, checked before), or none. */
    private static Long parent(String sent) {
        return sent == null || sent.isEmpty() ? null : Long.valueOf(sent);
    }
}
