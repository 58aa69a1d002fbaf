package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.media.ImageRef;
import io.tribune.publishing.gallery.GalleryView;
import io.tribune.system.Pages;
import io.tribune.system.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and social networks read of a gallery: its canonical link, Open Graph tags with
 * its first picture, and an ImageGallery JSON-LD document listing every picture with its caption and
 * credit.
 */
@Component
class GalleryMarkup {

    private final Site site;
    private final JsonMapper json;

    GalleryMarkup(Site site, JsonMapper json) {
        this.site = site;
        this.json = json;
    }

    Pages.Builder describe(Pages.Builder page, Edition edition, GalleryView gallery) {
        String path = gallery.card().path();
        String description =
                page.text().get("gallery.pictures", gallery.pictures().size());
        page.title(gallery.title())
                .description(description)
                .canonical(path)
                .property("og:type", "website")
                .property("og:site_name", edition.siteName())
                .property("og:title", gallery.title())
                .property("og:url", site.absolute(path))
                .name("twitter:card", gallery.pictures().isEmpty() ? "summary" : "summary_large_image");
        if (!gallery.pictures().isEmpty()) {
            ImageRef cover = gallery.pictures().getFirst();
            page.property("og:image", site.absolute(cover.largest()))
                    .property("og:image:alt", cover.caption())
                    .name("twitter:image", site.absolute(cover.largest()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ImageGallery");
        doc.put("name", gallery.title());
        doc.put("url", site.absolute(path));
        doc.put("inLanguage", edition.languageTag());
        doc.put("datePublished", NewsDates.of(edition, gallery.card().publishedAt()));
        doc.put("dateModified", NewsDates.of(edition, gallery.modifiedAt()));
        List<Map<String, Object>> pictures = gallery.pictures().stream()
                .map(p -> Map.<String, Object>of(
                        "@type", "ImageObject",
                        "contentUrl", site.absolute(p.largest()),
                        "caption", p.caption(),
                        "creditText", p.credit()))
                .toList();
        doc.put("associatedMedia", pictures);
        return page.jsonLd(ScriptJson.of(json.writeValueAsString(doc)));
    }
}
