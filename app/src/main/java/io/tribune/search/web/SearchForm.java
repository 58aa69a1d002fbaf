package io.tribune.search.web;

import io.tribune.search.SearchQuery;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The search page's form as a reader sent it: every field as text, checked here so that any input —
 * too long, malformed, markup, made-up slugs or dates — gets a message in the edition's language
 * instead of an error page.
 *
 * @param from a date as {@code <input type=date>} sends it, {@code 2026-06-14}
 */
record SearchForm(String q, String section, String tag, String from, String to, String page) {

    /** The longest query read, in characters: whole sentences fit, a pasted article does not. */
    static final int MAX_QUERY = 300;

    static final int PAGE_SIZE = 10;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PAGE = Pattern.compile("[1-9]\\d{0,2}");
    /** Control characters, and the replacement character a malformed byte sequence was decoded to. */
    private static final Pattern UNREADABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFD}]+");

    /** A message key with its arguments. */
    record Problem(String key, Object... args) {}

    /** What the form asks once checked: a query when there is one, and the problems found. */
    record Checked(SearchQuery query, List<Problem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** The text of the query as searched: unreadable characters become spaces. */
    String words() {
        return q == null ? "" : UNREADABLE.matcher(q).replaceAll(" ").strip();
    }

    boolean isAsked() {
        return !words().isEmpty() || q != null && !q.isEmpty();
    }

    Checked check(String edition, ZoneId zone, Predicate<String> isSection, Predicate<String> isTag) {
        List<Problem> problems = new ArrayList<>();
        String words = words();
        if (words.codePointCount(0, words.length()) > MAX_QUERY) {
            problems.add(new Problem("search.problem.tooLong", MAX_QUERY));
        } else if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(new Problem("search.problem.noWords"));
        }
        String sectionSlug = blankToNull(section);
        if (sectionSlug != null && !(SLUG.matcher(sectionSlug).matches() && isSection.test(sectionSlug))) {
            problems.add(new Problem("search.problem.section"));
        }
        String tagSlug = blankToNull(tag);
        if (tagSlug != null && !(SLUG.matcher(tagSlug).matches() && isTag.test(tagSlug))) {
            problems.add(new Problem("search.problem.tag"));
        }
        LocalDate fromDay = day(from, problems);
        LocalDate toDay = day(to, problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add(new Problem("search.problem.dateOrder"));
        }
        int number = 1;
        if (blankToNull(page) != null) {
            if (PAGE.matcher(page).matches() && Integer.parseInt(page) <= 100) {
                number = Integer.parseInt(page);
            } else {
                problems.add(new Problem("search.problem.page"));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(
                new SearchQuery(
                        edition,
                        words,
                        sectionSlug,
                        tagSlug,
                        fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                        toDay == null
                                ? null
                                : toDay.plusDays(1)
                                        .atStartOfDay(zone)
                                        .toInstant()
                                        .minusMillis(1),
                        number,
                        PAGE_SIZE),
                List.of());
    }

    /** The form's fields as the links of the result pages carry them on. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", words());
        parameters.put("section", blankToNull(section));
        parameters.put("tag", blankToNull(tag));
        parameters.put("from", blankToNull(from));
        parameters.put("to", blankToNull(to));
        return parameters;
    }

    private static LocalDate day(String value, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                if (day.getYear() >= 1900 && day.getYear() <= 2999) {
                    return day;
                }
            }
        } catch (DateTimeException e) {
            // reported below, as any other malformed date
        }
        problems.add(new Problem("search.problem.date"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
