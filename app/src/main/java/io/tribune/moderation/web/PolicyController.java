package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Moderators;
import io.tribune.moderation.PolicyDraft;
import io.tribune.moderation.PolicyDryRun;
import io.tribune.moderation.PolicyVersions;
import io.tribune.moderation.engine.Messages;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import io.tribune.system.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators edit an edition's policy in a form, one row per rule; saving makes a new version, which the
 * engine screens with at once (and every other node within its poll). Anyone else gets 404.
 */
@Controller
class PolicyController {

    private static final int MAX_VALUE = 64;

    private final Pages pages;
    private final Moderators moderators;
    private final PolicyVersions versions;
    private final PolicyDryRun dryRun;
    private final Messages messages = new Messages();

    PolicyController(Pages pages, Moderators moderators, PolicyVersions versions, PolicyDryRun dryRun) {
        this.pages = pages;
        this.dryRun = dryRun;
        this.moderators = moderators;
        this.versions = versions;
    }

    @GetMapping(ModerationPaths.POLICY)
    ModelAndView form(@PathVariable Edition edition, AccountId admin) {
        moderators.checkAdmin(admin);
        Policy policy = versions.live(edition.code()).orElseThrow(NotFound::new);
        return page(edition, policy, null, versions.current(edition.code()), List.of(), null, HttpStatus.OK);
    }

    @PostMapping(ModerationPaths.POLICY)
    ModelAndView save(@PathVariable Edition edition, AccountId admin, @RequestParam Map<String, String> form) {
        moderators.checkAdmin(admin);
        Policy policy = versions.live(edition.code()).orElseThrow(NotFound::new);
        Text text = pages.in(edition).text();
        int base = base(form.get("base"));
        if (base < 0) {
            return page(
                    edition,
                    policy,
                    form,
                    versions.current(edition.code()),
                    List.of(text.get("moderation.policy.error.base")),
                    null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            PolicyDraft draft = PolicyDraft.parse(form, policy);
            int saved = versions.save(admin, edition.code(), base, draft);
            Policy now = versions.live(edition.code()).orElseThrow(NotFound::new);
            return page(
                    edition, now, null, saved, List.of(), text.get("moderation.policy.saved", saved), HttpStatus.OK);
        } catch (PolicyDraft.Invalid e) {
            List<String> errors = localised(text, e);
            return page(edition, policy, form, base, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (PolicyVersions.Stale e) {
            return page(
                    edition,
                    policy,
                    form,
                    base,
                    List.of(text.get("moderation.policy.error.stale", base, e.current())),
                    null,
                    HttpStatus.CONFLICT);
        }
    }

    /** How the edition's last comments would have been decided under the form's draft; nothing is saved. */
    @PostMapping(ModerationPaths.DRY_RUN)
    ModelAndView dryRun(@PathVariable Edition edition, AccountId admin, @RequestParam Map<String, String> form) {
        moderators.checkAdmin(admin);
        Policy policy = versions.live(edition.code()).orElseThrow(NotFound::new);
        Text text = pages.in(edition).text();
        int base = Math.max(base(form.get("base")), 0);
        try {
            PolicyDraft draft = PolicyDraft.parse(form, policy);
            PolicyDryRun.Result result = dryRun.run(edition.code(), draft);
            return page(edition, policy, form, base, List.of(), null, result, HttpStatus.OK);
        } catch (PolicyDraft.Invalid e) {
            List<String> errors = localised(text, e);
            return page(edition, policy, form, base, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private static List<String> localised(Text text, PolicyDraft.Invalid invalid) {
        List<String> errors = new ArrayList<>();
        for (PolicyDraft.Problem problem : invalid.problems()) {
            errors.add(text.get(problem.key(), problem.args().toArray()));
        }
        return errors;
    }

    private static int base(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private ModelAndView page(
            Edition edition,
            Policy policy,
            Map<String, String> form,
            int base,
            List<String> errors,
            String notice,
            HttpStatus status) {
        return page(edition, policy, form, base, errors, notice, null, status);
    }

    private ModelAndView page(
            Edition edition,
            Policy policy,
            Map<String, String> form,
            int base,
            List<String> errors,
            String notice,
            PolicyDryRun.Result result,
            HttpStatus status) {
        List<PolicyRow> rows = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            RulePolicy r = policy.rule(rule);
            String id = rule.id();
            Map<String, String> params = new LinkedHashMap<>();
            r.params()
                    .forEach((name, value) -> params.put(name, shown(form, "param." + id + "." + name, number(value))));
            rows.add(new PolicyRow(
                    id,
                    messages.title(rule, policy.language()),
                    form == null ? r.enabled() : form.containsKey("enabled." + id),
                    shown(form, "action." + id, r.action().id()),
                    shown(form, "threshold." + id, number(r.threshold())),
                    shown(form, "hold." + id, r.holdThreshold() > 1 ? "" : number(r.holdThreshold())),
                    form == null ? r.showReason() : form.containsKey("reason." + id),
                    params));
        }
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.policy.title"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("rows", rows);
        model.put("base", base);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("result", result);
        model.put("history", versions.history(edition.code()));
        ModelAndView view = new ModelAndView("moderation/policy", model);
        view.setStatus(status);
        return view;
    }

    /** What the form sent for the field (cut short), or the policy's value on the first showing. */
    private static String shown(Map<String, String> form, String field, String fallback) {
        if (form == null || !form.containsKey(field)) {
            return fallback;
        }
        String value = form.get(field);
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
