package io.tribune.publishing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One page of a chronological list of articles. */
public record Listing(List<ArticleCard> articles, int page, int pages, long total) {

    /** The articles of one day, for a list that sets its days apart. */
    public record Day(LocalDate date, List<ArticleCard> articles) {}

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The articles of this page by the day they were published in {@code zone}, newest day first. */
    public List<Day> days(ZoneId zone) {
        Map<LocalDate, List<ArticleCard>> byDay = articles.stream()
                .collect(Collectors.groupingBy(
                        card -> LocalDate.ofInstant(card.publishedAt(), zone),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return byDay.entrySet().stream()
                .map(day -> new Day(day.getKey(), day.getValue()))
                .toList();
    }
}
