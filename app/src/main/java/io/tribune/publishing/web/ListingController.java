package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.Listing;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.TagRef;
import io.tribune.system.BadRequest;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
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

    @GetMapping(PublishingPaths.NEWS)
    ModelAndView allNews(
            @PathVariable Edition edition,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            HttpServletResponse response) {
        int number = PageNumber.parse(page);
        SectionRef sectionFilter = blankToNull(section) == null ? null : knownSection(edition, section);
        TagRef tagFilter = blankToNull(tag) == null ? null : knownTag(edition, tag);
        String sectionSlug = sectionFilter == null ? null : sectionFilter.slug();
        String tagSlug = tagFilter == null ? null : tagFilter.slug();
        Listing listing = articles.latest(edition.code(), sectionSlug, tagSlug, number, PAGE_SIZE);
        var builder = frames.in(edition);
        String title = builder.text().get("listing.allNews");
        String news = PublishingPaths.news(edition.code());
        Page frame = builder.title(title)
                .currentPage(news)
                .description(builder.text().get("site.description"))
                .canonical(PublishingPaths.canonicalPage(news, number))
                .build();
        String list = PublishingPaths.news(edition.code(), sectionSlug, tagSlug);
        return list(frame, title, listing, list, sectionFilter, tagFilter, frames.sections(edition), response);
    }

    @GetMapping({PublishingPaths.SECTION, PublishingPaths.SECTION_WITHOUT_SLASH})
    ModelAndView section(
            @PathVariable Edition edition,
            @PathVariable String section,
            @RequestParam(required = false) String page,
            HttpServletResponse response) {
        SectionRef found = articles.section(edition.code(), section).orElseThrow(NotFound::new);
        var frame = frames.in(edition).title(found.name()).currentPage(found.path());
        return listOf(
                frame,
                found.name(),
                found.path(),
                number -> articles.latest(edition.code(), found.slug(), null, number, PAGE_SIZE),
                page,
                response);
    }

    @GetMapping(PublishingPaths.TAG)
    ModelAndView tag(
            @PathVariable Edition edition,
            @PathVariable String tag,
            @RequestParam(required = false) String page,
            HttpServletResponse response) {
        TagRef found = articles.tag(edition.code(), tag).orElseThrow(NotFound::new);
        var frame = frames.in(edition);
        frame.title(frame.text().get("listing.tag", found.name()));
        return listOf(
                frame,
                found.name(),
                found.path(),
                number -> articles.latest(edition.code(), null, found.slug(), number, PAGE_SIZE),
                page,
                response);
    }

    /** The list of one section or tag at {@code path}: its pages, and its feed. */
    private static ModelAndView listOf(
            Pages.Builder frame,
            String heading,
            String path,
            IntFunction<Listing> latest,
            String page,
            HttpServletResponse response) {
        int number = PageNumber.parse(page);
        Listing listing = latest.apply(number);
        Page built = frame.canonical(PublishingPaths.canonicalPage(path, number))
                .feed(PublishingPaths.feedOf(path))
                .build();
        return list(built, heading, listing, path, null, null, null, response);
    }

    private static ModelAndView list(
            Page page,
            String heading,
            Listing listing,
            String list,
            SectionRef section,
            TagRef tag,
            List<SectionRef> filterSections,
            HttpServletResponse response) {
        if (listing.page() > listing.pages()) {
            throw new NotFound();
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, Caching.LISTS.getHeaderValue());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", heading);
        model.put("listing", listing);
        model.put("list", list);
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
