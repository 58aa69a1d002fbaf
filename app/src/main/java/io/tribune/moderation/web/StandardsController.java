package io.tribune.moderation.web;

import io.tribune.editions.Edition;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Standards;
import io.tribune.system.Pages;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The edition's community standards: the rules every comment is screened against, one click from each comment form. */
@Controller
class StandardsController {

    private final Pages pages;
    private final Standards standards;

    StandardsController(Pages pages, Standards standards) {
        this.pages = pages;
        this.standards = standards;
    }

    @GetMapping(ModerationPaths.STANDARDS)
    ModelAndView standards(@PathVariable Edition edition) {
        Pages.Builder page = pages.in(edition);
        return new ModelAndView(
                "moderation/standards",
                Map.of(
                        "page",
                        page.title(page.text().get("standards.title"))
                                .canonical(ModerationPaths.standards(edition.code()))
                                .build(),
                        "rules",
                        standards.rules(edition.code())));
    }
}
