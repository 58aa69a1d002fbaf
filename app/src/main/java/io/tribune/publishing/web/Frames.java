package io.tribune.publishing.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.gallery.GalleryPaths;
import io.tribune.system.Link;
import io.tribune.system.Pages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Starts publishing pages: finds the edition of the path and adds the section navigation. */
@Component
class Frames {

    private final Pages pages;
    private final LoadingCache<String, List<SectionRef>> sections;

    Frames(Pages pages, Articles articles) {
        this.pages = pages;
        this.sections =
                Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(articles::sections);
    }

    List<SectionRef> sections(Edition edition) {
        return sections.get(edition.code());
    }

    Pages.Builder in(Edition edition) {
        List<Link> navigation = new ArrayList<>();
        navigation.add(new Link(pages.in(edition).text().get("nav.allNews"), PublishingPaths.news(edition.code())));
        for (SectionRef section : sections(edition)) {
            navigation.add(new Link(section.name(), section.path()));
        }
        navigation.add(
                new Link(pages.in(edition).text().get("gallery.multimedia"), GalleryPaths.multimedia(edition.code())));
        // every page of the site may be shown with large image previews (Google Discover and News)
        return pages.in(edition)
                .navigation(navigation)
                .feed(PublishingPaths.feedOf(edition.home()))
                .name("robots", "max-image-preview:large");
    }
}
