package io.tribune.system;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts the frame of a page in an edition; feature modules fill in the rest. */
@Component
public class Pages {

    private final Editions editions;
    private final Texts texts;
    private final Site site;
    private final Clock clock;
    private final AccountLinks accountLinks;

    Pages(Editions editions, Texts texts, Site site, Clock clock, AccountLinks accountLinks) {
        this.editions = editions;
        this.texts = texts;
        this.site = site;
        this.clock = clock;
        this.accountLinks = accountLinks;
    }

    public Builder in(Edition edition) {
        return new Builder(edition);
    }

    /** Fills a {@link Page} step by step. */
    public final class Builder {
        private final Edition edition;
        private String title;
        private String description = "";
        private String canonical;
        private String jsonLd = "";
        private String feed;
        private final List<Link> alternates = new ArrayList<>();
        private final Map<String, String> translations = new HashMap<>();
        private final List<Link> navigation = new ArrayList<>();
        private final List<Page.Meta> meta = new ArrayList<>();

        private Builder(Edition edition) {
            this.edition = edition;
            this.title = edition.siteName();
        }

        public Text text() {
            return texts.of(edition);
        }

        /** The page title; the site name is appended unless it is the title already. */
        public Builder title(String title) {
            this.title = title.equals(edition.siteName()) ? title : title + " — " + edition.siteName();
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The canonical site path of this page; made absolute with the site's address. */
        public Builder canonical(String path) {
            this.canonical = site.absolute(path);
            return this;
        }

        /** The same page in another language: an hreflang link, and where the edition switcher goes. */
        public Builder alternate(String languageTag, String path) {
            alternates.add(new Link(languageTag, site.absolute(path)));
            translations.put(languageTag, path);
            return this;
        }

        public Builder navigation(List<Link> links) {
            navigation.addAll(links);
            return this;
        }

        /** Marks the navigation entry that leads to this very page. */
        public Builder currentPage(String href) {
            return markNavigation(href, "page");
        }

        /** Marks the navigation entry of the part of the site this page is in, e.g. an article's section. */
        public Builder currentSection(String href) {
            return markNavigation(href, "true");
        }

        private Builder markNavigation(String href, String current) {
            navigation.replaceAll(link -> link.href().equals(href) ? new Link(link.label(), href, current) : link);
            return this;
        }

        public Builder property(String property, String content) {
            meta.add(new Page.Meta(property, content, true));
            return this;
        }

        public Builder name(String name, String content) {
            meta.add(new Page.Meta(name, content, false));
            return this;
        }

        public Builder jsonLd(String json) {
            this.jsonLd = json;
            return this;
        }

        /** The path of the feed that matches this page. */
        public Builder feed(String path) {
            this.feed = path;
            return this;
        }

        public Page build() {
            List<Page.EditionLink> editionLinks = editions.all().stream()
                    .map(e -> new Page.EditionLink(
                            e.code(),
                            e.name(),
                            e.languageTag(),
                            translations.getOrDefault(e.languageTag(), e.home()),
                            e.code().equals(edition.code())))
                    .toList();
            return new Page(
                    edition,
                    text(),
                    title,
                    description,
                    canonical,
                    List.copyOf(alternates),
                    List.copyOf(navigation),
                    editionLinks,
                    List.copyOf(meta),
                    jsonLd,
                    feed,
                    edition.day(clock.instant()),
                    accountLinks.in(edition),
                    editions.listenLive(edition.code()).orElse(null));
        }
    }
}
