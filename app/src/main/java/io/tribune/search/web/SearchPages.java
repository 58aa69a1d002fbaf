package io.tribune.search.web;

import io.tribune.editions.Edition;
import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.SectionRef;
import io.tribune.system.Link;
import io.tribune.system.Pages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Starts the frame of the search pages: the edition's section navigation, as on publishing's pages. */
@Component
class SearchPages {

    private final Pages pages;
    private final Articles articles;

    SearchPages(Pages pages, Articles articles) {
        this.pages = pages;
        this.articles = articles;
    }

    Pages.Builder in(Edition edition, List<SectionRef> sections) {
        Pages.Builder frame = pages.in(edition);
        List<Link> navigation = new ArrayList<>();
        navigation.add(new Link(frame.text().get("nav.allNews"), PublishingPaths.news(edition.code())));
        sections.forEach(section -> navigation.add(new Link(section.name(), section.path())));
        return frame.navigation(navigation).name("robots", "noindex");
    }

    List<SectionRef> sections(Edition edition) {
        return articles.sections(edition.code());
    }
}
