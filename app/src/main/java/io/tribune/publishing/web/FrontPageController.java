package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.FrontPage;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.gallery.Galleries;
import io.tribune.system.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** An edition's front page. */
@Controller
class FrontPageController {

    /** How many galleries the front page's Multimedia shows. */
    static final int MULTIMEDIA = 4;

    private final Frames frames;
    private final Articles articles;
    private final Galleries galleries;

    FrontPageController(Frames frames, Articles articles, Galleries galleries) {
        this.frames = frames;
        this.articles = articles;
        this.galleries = galleries;
    }

    @GetMapping(PublishingPaths.FRONT_WITHOUT_SLASH)
    RedirectView withoutSlash(@PathVariable Edition edition) {
        RedirectView redirect = new RedirectView(edition.home());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    @GetMapping(PublishingPaths.FRONT)
    ModelAndView front(@PathVariable Edition edition, HttpServletResponse response) {
        FrontPage front = articles.frontPage(edition.code());
        var builder = frames.in(edition);
        Page page = builder.title(edition.siteName())
                .description(builder.text().get("site.description"))
                .canonical(edition.home())
                .property("og:type", "website")
                .property("og:site_name", edition.siteName())
                .property("og:title", edition.siteName())
                .property("og:url", edition.home())
                .build();
        response.setHeader(HttpHeaders.CACHE_CONTROL, Caching.LISTS.getHeaderValue());
        return new ModelAndView(
                "publishing/front",
                Map.of("page", page, "front", front, "multimedia", galleries.latest(edition.code(), MULTIMEDIA)));
    }
}
