package io.tribune.search.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.TagRef;
import io.tribune.search.SearchIndex;
import io.tribune.search.SearchPaths;
import io.tribune.search.SearchResults;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The search page of an edition: the form, and the results of what it asks. */
@Controller
class SearchController {

    private static final CacheControl RESULTS =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final SearchPages pages;
    private final Articles articles;
    private final SearchIndex index;

    SearchController(SearchPages pages, Articles articles, SearchIndex index) {
        this.pages = pages;
        this.articles = articles;
        this.index = index;
    }

    @GetMapping(SearchPaths.SEARCH)
    ModelAndView search(@PathVariable Edition edition, @ModelAttribute SearchForm form, HttpServletResponse response) {
        String code = edition.code();
        List<SectionRef> sections = pages.sections(edition);
        SearchForm.Checked checked = form.isAsked()
                ? form.check(
                        code,
                        edition.timeZone(),
                        slug -> sections.stream().anyMatch(s -> s.slug().equals(slug)),
                        slug -> articles.tag(code, slug).isPresent())
                : null;
        SearchResults results = checked != null && checked.isValid() ? index.search(checked.query()) : null;
        Pages.Builder frame = pages.in(edition, sections);
        String words = form.words();
        String shown = words.length() > SearchForm.MAX_QUERY ? words.substring(0, SearchForm.MAX_QUERY) : words;
        frame.title(
                        shown.isEmpty()
                                ? frame.text().get("search.title")
                                : frame.text().get("search.titleOf", shown))
                .canonical(SearchPaths.search(code));
        Page page = frame.build();
        List<String> problems = checked == null
                ? List.of()
                : checked.problems().stream()
                        .map(p -> page.t(p.key(), p.args()))
                        .toList();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, RESULTS.getHeaderValue());
        }
        TagRef tag = results == null || checked.query().tag() == null
                ? null
                : articles.tag(code, checked.query().tag()).orElse(null);
        Map<String, String> parameters = form.parameters();
        parameters.put("q", shown);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("words", shown);
        model.put("sections", sections);
        model.put("tag", tag);
        model.put("problems", problems);
        model.put("results", results);
        model.put("parameters", parameters);
        return new ModelAndView("search/search", model);
    }
}
