package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.Listing;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.TagRef;
import io.tribune.system.BadRequest;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The chronological lists: All news (with section and tag filters), a section, a tag. */
@Controller
class ListingController {

    static final int PAGE_SIZE = 15;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");

    private final Frames frames;
    private final Articles articles;

    ListingController(Frames frames, Articles articles) {
        this.frames = frames;
        this.articles = articles;
    }

    @GetMapping("/{edition:[a-z]{2}}/news")
    ModelAndView allNews(
            @PathVariable Edition edition,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            HttpServletResponse response) {
        int number = PageNumber.parse(page);
        SectionRef sectionFilter = blankToNull(section) == null ? null : knownSection(edition, section);
        TagRef tagFilter = blankToNull(tag) == null ? null : knownTag(edition, tag);
        Listing listing = articles.latest(
                edition.code(),
                sectionFilter == null ? null : sectionFilter.slug(),
                tagFilter == null ? null : tagFilter.slug(),
                number,
                PAGE_SIZE);
        var builder = frames.in(edition);
        String title = builder.text().get("listing.allNews");
        Page frame = builder.title(title)
                .currentPage("/" + edition.code() + "/news")
                .description(builder.text().get("site.description"))
                .canonical("/" + edition.code() + "/news" + (number > 1 ? "?page=" + number : ""))
                .build();
        String base = "/" + edition.code() + "/news?"
                + (sectionFilter == null ? "" : "section=" + sectionFilter.slug() + "&")
                + (tagFilter == null ? "" : "tag=" + tagFilter.slug() + "&");
        return list(frame, title, listing, base, sectionFilter, tagFilter, frames.sections(edition), response);
    }

    @GetMapping({"/{edition:[a-z]{2}}/{section:[a-z0-9-]{1,80}}/", "/{edition:[a-z]{2}}/{section:[a-z0-9-]{1,80}}"})
    ModelAndView section(
            @PathVariable Edition edition,
            @PathVariable String section,
            @RequestParam(required = false) String page,
            HttpServletResponse response) {
        SectionRef found = articles.section(edition.code(), section).orElseThrow(NotFound::new);
        int number = PageNumber.parse(page);
        Listing listing = articles.latest(edition.code(), found.slug(), null, number, PAGE_SIZE);
        Page frame = frames.in(edition)
                .title(found.name())
                .currentPage(found.path())
                .canonical(found.path() + (number > 1 ? "?page=" + number : ""))
                .feed(found.path() + "rss.xml")
                .build();
        return list(frame, found.name(), listing, found.path() + "?", null, null, null, response);
    }

    @GetMapping("/{edition:[a-z]{2}}/tags/{tag:[a-z0-9-]{1,100}}")
    ModelAndView tag(
            @PathVariable Edition edition,
            @PathVariable String tag,
            @RequestParam(required = false) String page,
            HttpServletResponse response) {
        TagRef found = articles.tag(edition.code(), tag).orElseThrow(NotFound::new);
        int number = PageNumber.parse(page);
        Listing listing = articles.latest(edition.code(), null, found.slug(), number, PAGE_SIZE);
        var builder = frames.in(edition);
        Page frame = builder.title(builder.text().get("listing.tag", found.name()))
                .canonical(found.path() + (number > 1 ? "?page=" + number : ""))
                .feed(found.path() + "/rss.xml")
                .build();
        return list(frame, found.name(), listing, found.path() + "?", null, found, null, response);
    }

    private static ModelAndView list(
            Page page,
            String heading,
            Listing listing,
            String pageBase,
            SectionRef section,
            TagRef tag,
            java.util.List<SectionRef> filterSections,
            HttpServletResponse response) {
        if (listing.page() > listing.pages()) {
            throw new NotFound();
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, Caching.LISTS.getHeaderValue());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", heading);
        model.put("listing", listing);
        model.put("pageBase", pageBase);
        model.put("section", section);
        model.put("tag", tag);
        model.put("filterSections", filterSections);
        return new ModelAndView("publishing/listing", model);
    }

    private SectionRef knownSection(Edition edition, String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new BadRequest();
        }
        return articles.section(edition.code(), slug).orElseThrow(NotFound::new);
    }

    private TagRef knownTag(Edition edition, String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new BadRequest();
        }
        return articles.tag(edition.code(), slug).orElseThrow(NotFound::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
