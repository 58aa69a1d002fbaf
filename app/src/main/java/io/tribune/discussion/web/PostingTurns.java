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
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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

    /** Posting a comment or a reply, as the controller maps it. */
    private static final PathPattern POSTING = PathPatternParser.defaultInstance.parse(DiscussionPaths.DISCUSSION);
    /** The comment actions as the controller maps them; of these only an edit takes a turn. */
    private static final PathPattern ACTION = PathPatternParser.defaultInstance.parse(DiscussionPaths.COMMENT_ACTION);

    private final CommentPermits permits;
    private final DiscussionViews views;
    private final Editions editions;
    private final TemplateEngine templates;
    private final Map<String, String> securityHeaders;
    private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler tokenFields = new XorCsrfTokenRequestAttributeHandler();
    /**
     * Spring Security's check of the form token, run here only for its verdict: a post it refuses goes on
     * to the security filters, whose own check answers it. A name of its own keeps its once-per-request
     * mark apart from theirs.
     */
    private final CsrfFilter formToken = new CsrfFilter(tokens);

    PostingTurns(
            CommentPermits permits, DiscussionViews views, Editions editions, TemplateEngine templates, Site site) {
        this.permits = permits;
        this.views = views;
        this.editions = editions;
        this.templates = templates;
        this.securityHeaders = SecurityHeaders.of(site);
        formToken.setRequestHandler(tokenFields);
        formToken.setAccessDeniedHandler((request, response, refused) -> {});
        formToken.setBeanName(PostingTurns.class.getName() + ".formToken");
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
        Map<String, String> path = turnTaking(RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication());
        Optional<Edition> edition = path.isEmpty() ? Optional.empty() : editions.find(path.get("edition"));
        if (edition.isEmpty() || !isSignedInWithItsToken(request, response)) {
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
                long articleId = Long.parseLong(path.get("articleId"));
                busy(edition.get(), articleId, path.containsKey("action"), request, response);
            }
        } finally {
            permits.end();
        }
    }

    /**
     * The variables of a path that takes a turn, a comment or reply posted or a comment edited, as the
     * controllers map them; empty for any other path.
     */
    private static Map<String, String> turnTaking(PathContainer path) {
        PathPattern.PathMatchInfo posting = POSTING.matchAndExtract(path);
        if (posting != null) {
            return posting.getUriVariables();
        }
        PathPattern.PathMatchInfo action = ACTION.matchAndExtract(path);
        return action != null && "edit".equals(action.getUriVariables().get("action"))
                ? action.getUriVariables()
                : Map.of();
    }

    /**
     * Whether the session is a signed-in reader's and the form carries its token, read from the
     * session alone (held in memory) and checked by Spring Security's own form-token check. A post that
     * fails either is the security filters' to answer.
     */
    private boolean isSignedInWithItsToken(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context)) {
            return false;
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || tokens.loadToken(request) == null) {
            return false;
        }
        boolean[] accepted = {false};
        formToken.doFilter(request, response, (checked, answered) -> accepted[0] = true);
        return accepted[0];
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
