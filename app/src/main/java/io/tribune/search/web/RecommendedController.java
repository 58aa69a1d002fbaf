package io.tribune.search.web;

import io.tribune.editions.Edition;
import io.tribune.search.FoundArticle;
import io.tribune.search.Recommendations;
import io.tribune.search.SearchPaths;
import io.tribune.system.BadRequest;
import io.tribune.system.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Recommended, loaded into the front page and the article page by htmx (the pages stay the same for
 * every reader and cacheable); without scripts their link leads to the same list as a page of its own.
 */
@Controller
class RecommendedController {

    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");
    private static final CacheControl LIST =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final SearchPages pages;
    private final Recommendations recommendations;

    RecommendedController(SearchPages pages, Recommendations recommendations) {
        this.pages = pages;
        this.recommendations = recommendations;
    }

    @GetMapping(SearchPaths.RECOMMENDED)
    ModelAndView recommended(
            @PathVariable Edition edition,
            @RequestParam(required = false) String article,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (article != null && !ID.matcher(article).matches()) {
            throw new BadRequest();
        }
        List<FoundArticle> found = article == null
                ? recommendations.forEdition(edition.code())
                : recommendations.forArticle(edition.code(), Long.parseLong(article));
        response.setHeader(HttpHeaders.CACHE_CONTROL, LIST.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        boolean isFragment = "true".equals(request.getHeader("HX-Request"));
        var frame = pages.in(edition, isFragment ? List.of() : pages.sections(edition));
        Page page = frame.title(frame.text().get("search.recommended"))
                .canonical(SearchPaths.recommended(edition.code()))
                .build();
        return new ModelAndView(
                isFragment ? "search/fragments/recommended" : "search/recommended",
                Map.of("page", page, "articles", found));
    }
}
