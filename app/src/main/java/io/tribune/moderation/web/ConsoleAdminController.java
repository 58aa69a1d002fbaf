package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.AuditEntry;
import io.tribune.moderation.AuditLog;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Moderators;
import io.tribune.moderation.TransparencyExport;
import io.tribune.system.BadRequest;
import io.tribune.system.Pages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** What only administrators see of the console: the audit log and the DSA export. Anyone else gets 404. */
@Controller
class ConsoleAdminController {

    private final Pages pages;
    private final Moderators moderators;
    private final AuditLog audit;
    private final TransparencyExport export;

    ConsoleAdminController(Pages pages, Moderators moderators, AuditLog audit, TransparencyExport export) {
        this.pages = pages;
        this.moderators = moderators;
        this.audit = audit;
        this.export = export;
    }

    @GetMapping(ModerationPaths.AUDIT)
    ModelAndView audit(
            @PathVariable Edition edition,
            AccountId admin,
            @Valid @ModelAttribute AuditShown shown,
            BindingResult binding) {
        moderators.checkAdmin(admin);
        Long from = shown.before(binding);
        List<AuditEntry> entries = audit.page(from);
        Long next = null;
        if (entries.size() > AuditLog.PAGE) {
            entries = entries.subList(0, AuditLog.PAGE);
            next = entries.getLast().id();
        }
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.audit.title"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("entries", entries);
        model.put("next", next);
        return new ModelAndView("moderation/audit", model);
    }

    /** The statements of reasons issued from {@code from} to {@code to} (whole days, UTC) as DSA JSON. */
    @GetMapping(ModerationPaths.EXPORT)
    ResponseEntity<String> statements(
            @PathVariable Edition edition,
            AccountId admin,
            @Valid @ModelAttribute Period period,
            BindingResult binding) {
        moderators.checkAdmin(admin);
        Forms.checked(binding);
        LocalDate first;
        LocalDate last;
        try {
            first = period.firstOr(null);
            last = period.lastOr(null);
        } catch (DateTimeParseException e) {
            throw new BadRequest();
        }
        if (first == null || last == null || last.isBefore(first)) {
            throw new BadRequest();
        }
        String json = export.export(admin, Period.start(first), Period.end(last));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statements-" + first + "-" + last + ".json\"")
                .body(json);
    }

    /** Where the audit log's page goes on from: the entries before this one, or the newest. */
    record AuditShown(@Pattern(regexp = Forms.NUMBER) String before) {

        Long before(Errors binding) {
            Forms.checked(binding);
            return Forms.number(before);
        }
    }
}
