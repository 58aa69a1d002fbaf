package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.gallery.Galleries;
import io.tribune.publishing.gallery.GalleryPaths;
import io.tribune.publishing.gallery.GalleryView;
import io.tribune.publishing.gallery.Multimedia;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Multimedia: an edition's photo galleries, listed and paged, and each gallery's viewer. */
@Controller
class MultimediaController {

    static final int PAGE_SIZE = 12;

    private final Frames frames;
    private final Galleries galleries;
    private final GalleryMarkup markup;

    MultimediaController(Frames frames, Galleries galleries, GalleryMarkup markup) {
        this.frames = frames;
        this.galleries = galleries;
        this.markup = markup;
    }

    @GetMapping(GalleryPaths.MULTIMEDIA)
    ModelAndView multimedia(
            @PathVariable Edition edition, @RequestParam(required = false) String page, HttpServletResponse response) {
        int number = PageNumber.parse(page);
        Multimedia listing = galleries.multimedia(edition.code(), number, PAGE_SIZE);
        if (listing.page() > listing.pages()) {
            throw new NotFound();
        }
        String path = GalleryPaths.multimedia(edition.code());
        var builder = frames.in(edition);
        String title = builder.text().get("gallery.multimedia");
        Page frame = builder.title(title)
                .currentPage(path)
                .description(builder.text().get("gallery.multimedia.description"))
                .canonical(number > 1 ? path + "?page=" + number : path)
                .build();
        response.setHeader(HttpHeaders.CACHE_CONTROL, Caching.LISTS.getHeaderValue());
        return new ModelAndView("publishing/multimedia", Map.of("page", frame, "multimedia", listing, "list", path));
    }

    @GetMapping(GalleryPaths.GALLERY)
    ModelAndView gallery(@PathVariable Edition edition, @PathVariable String slug, HttpServletResponse response) {
        GalleryView gallery = galleries.gallery(edition.code(), slug).orElseThrow(NotFound::new);
        Page frame = markup.describe(frames.in(edition), edition, gallery)
                .currentSection(GalleryPaths.multimedia(edition.code()))
                .build();
        response.setHeader(HttpHeaders.CACHE_CONTROL, Caching.LISTS.getHeaderValue());
        return new ModelAndView("publishing/gallery", Map.of("page", frame, "gallery", gallery));
    }
}
