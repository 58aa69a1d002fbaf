package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.EngineStatus;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Moderators;
import io.tribune.system.Pages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The moderation engine's status, for administrators only: which editions the sentence encoder screens,
 * and how well each edition's learned classifier foresees the moderators' latest decisions.
 */
@Controller
class EngineStatusController {

    private final Pages pages;
    private final Moderators moderators;
    private final EngineStatus status;

    EngineStatusController(Pages pages, Moderators moderators, EngineStatus status) {
        this.pages = pages;
        this.moderators = moderators;
        this.status = status;
    }

    @GetMapping(ModerationPaths.ENGINE)
    ModelAndView engine(@PathVariable Edition edition, AccountId admin) {
        moderators.checkAdmin(admin);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.engine.title"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("editions", status.semanticStatus());
        model.put("quality", status.learningQuality());
        return new ModelAndView("moderation/engine", model);
    }
}
