package io.tribune.moderation.web;

import io.tribune.editions.Edition;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.StatementsOfReasons;
import io.tribune.moderation.Transparency;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
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
            @Valid @ModelAttribute Period period,
            BindingResult binding,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(29);
        LocalDate last = today;
        String problem = "moderation.transparency.error.date";
        if (!binding.hasErrors()) {
            try {
                LocalDate chosenFrom = period.firstOr(first);
                LocalDate chosenTo = period.lastOr(last);
                if (chosenTo.isBefore(chosenFrom)) {
                    problem = "moderation.transparency.error.order";
                } else if (chosenFrom.plusDays(Transparency.LONGEST.toDays()).isBefore(chosenTo)) {
                    problem = "moderation.transparency.error.long";
                } else {
                    first = chosenFrom;
                    last = chosenTo;
                    problem = null;
                }
            } catch (DateTimeParseException e) {
                // no day of the calendar, such as 2026-02-30: the problem stays
            }
        }
        if (problem != null) {
            response.setStatus(400);
        }
        Transparency.Figures figures = transparency.of(edition.code(), Period.start(first), Period.end(last));
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
}
