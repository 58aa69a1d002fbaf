package io.tribune.system;

import io.tribune.editions.Edition;
import io.tribune.editions.ListenLive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The frame of one page: which edition and language it is in, its title and description, the
 * links search engines and feed readers need, the navigation, and extra head markup (Open Graph,
 * JSON-LD) prepared by the feature module.
 *
 * @param editions the edition switcher: a link to every edition, to this page's translation where there is one
 * @param alternates hreflang alternates: label is the language tag
 * @param meta extra meta tags as (property-or-name, content) pairs, e.g. og:title
 * @param jsonLd a JSON-LD document for the head, already serialised, or empty
 * @param today the day it is in the edition's time zone when the page is made
 * @param accountLinks the account pages the frame links to
 * @param listenLive the edition's live audio stream for the player bar, or null where it has none
 */
public record Page(
        Edition edition,
        Text text,
        String title,
        String description,
        String canonical,
        List<Link> alternates,
        List<Link> navigation,
        List<EditionLink> editions,
        List<Meta> meta,
        String jsonLd,
        String feed,
        LocalDate today,
        AccountLinks.Paths accountLinks,
        ListenLive listenLive) {

    /** An entry of the edition switcher; {@code isCurrent} marks the edition of the page. */
    public record EditionLink(String code, String name, String languageTag, String href, boolean isCurrent) {}

    /** A meta tag; {@code isProperty} tells {@code property=} (Open Graph) from {@code name=}. */
    public record Meta(String key, String content, boolean isProperty) {}

    public String t(String key, Object... args) {
        return text.get(key, args);
    }

    /** When something happened, as lists show it: see {@link Edition#stamp}. */
    public String stamp(Instant instant) {
        return edition.stamp(instant, today);
    }

    /** The heading of a day in a list: today, yesterday, or the weekday and date in the page's language. */
    public String dayName(LocalDate day) {
        if (day.equals(today)) {
            return t("day.today");
        }
        if (day.equals(today.minusDays(1))) {
            return t("day.yesterday");
        }
        return DateTimeFormatter.ofPattern(t("day.pattern"), text.locale()).format(day);
    }
}
