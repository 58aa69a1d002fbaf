package io.tribune.notifications.push.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Role;
import io.tribune.editions.Edition;
import io.tribune.notifications.push.PushPaths;
import io.tribune.notifications.push.SendReports;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administrators' list of an edition's push sends with their figures. Anyone else is answered as
 * if the page did not exist (404), as the other admin pages answer; the role is read afresh on each
 * request, so a revoked one ends access at once.
 */
@Controller
class SendsController {

    private final SendReports reports;
    private final Accounts accounts;
    private final Pages pages;

    SendsController(SendReports reports, Accounts accounts, Pages pages) {
        this.reports = reports;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GetMapping(PushPaths.SENDS)
    ModelAndView sends(@PathVariable Edition edition, Optional<AccountId> reader, HttpServletResponse response) {
        if (reader.isEmpty() || !accounts.hasRole(reader.get(), Role.ADMIN, null)) {
            throw new NotFound();
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        var builder = pages.in(edition);
        Page page = builder.title(builder.text().get("push.sends.title"))
                .name("robots", "noindex")
                .build();
        return new ModelAndView("notifications/sends", Map.of("page", page, "sends", reports.newest(edition, 100)));
    }
}
