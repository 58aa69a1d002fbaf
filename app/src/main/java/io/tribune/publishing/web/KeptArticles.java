package io.tribune.publishing.web;

import io.tribune.system.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves an article page that is already rendered and kept, before the security chain and the
 * dispatcher: the page is public and the same for everyone (per-reader parts load separately), so
 * the fast path only has to answer validators and write the bytes with the usual headers. Anything
 * else — a page not kept yet, a wrong section, other methods — goes on to {@link ArticleController}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class KeptArticles extends OncePerRequestFilter {

    private static final Pattern ARTICLE = Pattern.compile("/([a-z]{2})/([a-z0-9-]{1,80})/([a-z0-9-]{1,120})");

    private final ArticlePages pages;

    KeptArticles(ArticlePages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ArticlePages.Rendered> kept = keptPage(request);
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ArticlePages.Rendered page = kept.get();
        SecurityHeaders.apply(response);
        response.setHeader("Cache-Control", Caching.ARTICLE.getHeaderValue());
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        if (isNotModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.html().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.html());
        }
    }

    private Optional<ArticlePages.Rendered> keptPage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        Matcher path = ARTICLE.matcher(request.getRequestURI());
        if (!path.matches()) {
            return Optional.empty();
        }
        return pages.kept(path.group(1), path.group(3))
                .filter(page -> page.path().equals(request.getRequestURI()));
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since. */
    private static boolean isNotModified(HttpServletRequest request, ArticlePages.Rendered page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || candidate.equals(page.etag()) || candidate.equals("W/" + page.etag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified().toEpochMilli() / 1000 <= since / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
