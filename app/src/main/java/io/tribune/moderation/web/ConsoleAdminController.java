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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    ModelAndView audit(@PathVariable Edition edition, AccountId admin, @RequestParam(required = false) String before) {
        moderators.checkAdmin(admin);
        Long from = null;
        if (before != null && !before.isEmpty()) {
            if (before.length() > 18 || !before.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BadRequest();
            }
            from = Long.parseLong(before);
        }
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
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        moderators.checkAdmin(admin);
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (last.isBefore(first)) {
            throw new BadRequest();
        }
        String json = export.export(
                admin,
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statements-" + first + "-" + last + ".json\"")
                .body(json);
    }

    private static LocalDate day(String text) {
        if (text == null || text.length() != 10) {
            throw new BadRequest();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest();
        }
    }
}
