package io.tribune.moderation.web;

import io.tribune.editions.Edition;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.StatementsOfReasons;
import io.tribune.moderation.Transparency;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public transparency page of an edition: what its moderation decided in a period the reader
 * chooses (the last 30 days unless they choose), in counts. A period that is not one (a malformed date,
 * the end before the start, longer than a year) is refused with a message and the default shown.
 */
@Controller
class TransparencyController {

    private final Pages pages;
    private final Transparency transparency;
    private final StatementsOfReasons statements;
    private final Clock clock;

    TransparencyController(Pages pages, Transparency transparency, StatementsOfReasons statements, Clock clock) {
        this.pages = pages;
        this.transparency = transparency;
        this.statements = statements;
        this.clock = clock;
    }

    @GetMapping(ModerationPaths.TRANSPARENCY)
    ModelAndView transparency(
            @PathVariable Edition edition,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(29);
        LocalDate last = today;
        String problem = null;
        try {
            LocalDate chosenFrom = from == null || from.isEmpty() ? first : day(from);
            LocalDate chosenTo = to == null || to.isEmpty() ? last : day(to);
            if (chosenTo.isBefore(chosenFrom)) {
                problem = "moderation.transparency.error.order";
            } else if (chosenFrom.plusDays(Transparency.LONGEST.toDays()).isBefore(chosenTo)) {
                problem = "moderation.transparency.error.long";
            } else {
                first = chosenFrom;
                last = chosenTo;
            }
        } catch (DateTimeParseException e) {
            problem = "moderation.transparency.error.date";
        }
        if (problem != null) {
            response.setStatus(400);
        }
        Transparency.Figures figures = transparency.of(
                edition.code(),
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.transparency.title"));
        Map<String, String> rules = new LinkedHashMap<>();
        figures.byRule().forEach(r -> rules.put(r.rule(), statements.ruleTitle(edition.code(), r.rule())));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("figures", figures);
        model.put("rules", rules);
        model.put("from", first.toString());
        model.put("to", last.toString());
        model.put("problem", problem);
        return new ModelAndView("moderation/transparency", model);
    }

    /** A day as yyyy-mm-dd, and nothing else (no times, no longer strings). */
    private static LocalDate day(String text) {
        if (text.length() != 10) {
            throw new DateTimeParseException("not a day", text, 0);
        }
        return LocalDate.parse(text);
    }
}
