package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.DryRuns;
import io.tribune.moderation.EditionSettings;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Moderators;
import io.tribune.moderation.PolicyDraft;
import io.tribune.moderation.PolicyVersions;
import io.tribune.moderation.engine.Messages;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyException;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import io.tribune.system.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final DryRuns dryRuns;
    private final Messages messages = new Messages();

    PolicyController(Pages pages, Moderators moderators, PolicyVersions versions, DryRuns dryRuns) {
        this.pages = pages;
        this.dryRuns = dryRuns;
        this.moderators = moderators;
        this.versions = versions;
    }

    /**
     * The form's records are made through their constructors only: binding their maps again as properties
     * afterwards would write into the draft's unmodifiable maps.
     */
    @InitBinder
    void byConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping(ModerationPaths.POLICY)
    ModelAndView form(@PathVariable Edition edition, AccountId admin) {
        Policy policy = livePolicy(admin, edition);
        return page(edition, policy, null, versions.current(edition.code()), Answer.NONE, HttpStatus.OK);
    }

    @PostMapping(ModerationPaths.POLICY)
    ModelAndView save(
            @PathVariable Edition edition,
            AccountId admin,
            @ModelAttribute PolicyDraft.Fields fields,
            @Valid @ModelAttribute("policyBase") Base read,
            BindingResult binding) {
        Policy policy = livePolicy(admin, edition);
        Text text = pages.in(edition).text();
        if (binding.hasErrors()) {
            return page(
                    edition,
                    policy,
                    fields,
                    versions.current(edition.code()),
                    Answer.refused(text.get("moderation.policy.error.base")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        int base = read.version();
        try {
            PolicyDraft draft = PolicyDraft.parse(fields, policy);
            int saved = versions.save(admin, edition.code(), base, draft);
            Policy now = versions.live(edition.code()).orElseThrow(NotFound::new);
            return page(
                    edition,
                    now,
                    null,
                    saved,
                    new Answer(List.of(), text.get("moderation.policy.saved", saved), null),
                    HttpStatus.OK);
        } catch (PolicyDraft.Invalid e) {
            return page(edition, policy, fields, base, refused(text, e), HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (PolicyException e) {
            // the draft was checked field by field; the engine refusing it still must not be a server error
            Answer refused = Answer.refused(text.get("moderation.policy.error.engine"));
            return page(edition, policy, fields, base, refused, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (PolicyVersions.Stale e) {
            Answer stale = Answer.refused(text.get("moderation.policy.error.stale", base, e.current()));
            return page(edition, policy, fields, base, stale, HttpStatus.CONFLICT);
        }
    }

    /**
     * Starts a dry run of the form's draft: how the edition's last comments would have been decided under
     * it; nothing is saved. The page comes back at once with the form as sent and the run's place, which
     * asks for the result until it is there.
     */
    @PostMapping(ModerationPaths.DRY_RUN)
    ModelAndView dryRun(
            @PathVariable Edition edition,
            AccountId admin,
            @ModelAttribute PolicyDraft.Fields fields,
            @Valid @ModelAttribute("policyBase") Base read,
            BindingResult binding) {
        Policy policy = livePolicy(admin, edition);
        Text text = pages.in(edition).text();
        // the base matters only to saving: a dry run of a form whose base is broken still runs
        int base = binding.hasErrors() ? 0 : read.version();
        PolicyDraft draft;
        try {
            draft = PolicyDraft.parse(fields, policy);
        } catch (PolicyDraft.Invalid e) {
            return page(edition, policy, fields, base, refused(text, e), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        DryRuns.Started started = dryRuns.start(admin, edition.code(), fields, draft);
        DryRuns.Run run = dryRuns.of(admin, edition.code()).orElse(null);
        return switch (started) {
            case STARTED -> page(edition, policy, fields, base, new Answer(List.of(), null, run), HttpStatus.ACCEPTED);
            case ALREADY_RUNNING ->
                page(
                        edition,
                        policy,
                        fields,
                        base,
                        new Answer(List.of(text.get("moderation.policy.dryRun.alreadyRunning")), null, run),
                        HttpStatus.CONFLICT);
            case BUSY ->
                page(
                        edition,
                        policy,
                        fields,
                        base,
                        Answer.refused(text.get("moderation.policy.dryRun.busy")),
                        HttpStatus.SERVICE_UNAVAILABLE);
        };
    }

    /**
     * The administrator's dry run: for htmx its place on the page, running or with the result; else the
     * whole page with the form as it was sent for the run.
     */
    @GetMapping(ModerationPaths.DRY_RUN)
    ModelAndView dryRunResult(@PathVariable Edition edition, AccountId admin, HttpServletRequest request) {
        Policy policy = livePolicy(admin, edition);
        DryRuns.Run run = dryRuns.of(admin, edition.code()).orElse(null);
        if ("true".equals(request.getHeader("HX-Request"))) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", pages.in(edition).build());
            model.put("run", run);
            return new ModelAndView("moderation/fragments/dry-run", model);
        }
        Answer answer = run == null
                ? new Answer(List.of(), pages.in(edition).text().get("moderation.policy.dryRun.none"), null)
                : new Answer(List.of(), null, run);
        return page(
                edition,
                policy,
                run == null ? null : run.fields(),
                versions.current(edition.code()),
                answer,
                run == null ? HttpStatus.NOT_FOUND : HttpStatus.OK);
    }

    /** The edition's policy in use, for an administrator only: anyone else, or an edition without one, 404. */
    private Policy livePolicy(AccountId admin, Edition edition) {
        moderators.checkAdmin(admin);
        return versions.live(edition.code()).orElseThrow(NotFound::new);
    }

    private static Answer refused(Text text, PolicyDraft.Invalid invalid) {
        List<String> errors = new ArrayList<>();
        for (PolicyDraft.Problem problem : invalid.problems()) {
            errors.add(text.get(problem.key(), problem.args().toArray()));
        }
        return new Answer(errors, null, null);
    }

    /**
     * The form as it is shown again: {@code form} is null on its first showing (the policy's values are
     * shown), else what was sent.
     */
    private ModelAndView page(
            Edition edition, Policy policy, PolicyDraft.Fields form, int base, Answer answer, HttpStatus status) {
        List<PolicyRow> rows = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            RulePolicy r = policy.rule(rule);
            String id = rule.id();
            Map<String, String> params = new LinkedHashMap<>();
            r.params()
                    .forEach((name, value) -> params.put(
                            name, shown(form == null ? null : form.param(), id + "." + name, number(value))));
            rows.add(new PolicyRow(
                    id,
                    messages.title(rule, policy.language()),
                    form == null ? r.enabled() : form.enabled().containsKey(id),
                    shown(form == null ? null : form.action(), id, r.action().id()),
                    shown(form == null ? null : form.threshold(), id, number(r.threshold())),
                    shown(
                            form == null ? null : form.hold(),
                            id,
                            r.holdThreshold() > 1 ? "" : number(r.holdThreshold())),
                    form == null ? r.showReason() : form.reason().containsKey(id),
                    params));
        }
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.policy.title"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("rows", rows);
        model.put("advanced", advanced(form, policy));
        model.put("base", base);
        model.put("errors", answer.errors());
        model.put("notice", answer.notice());
        model.put("dryRun", answer.dryRun());
        model.put("history", versions.history(edition.code()));
        ModelAndView view = new ModelAndView("moderation/policy", model);
        view.setStatus(status);
        return view;
    }

    /** What the page says above the form: why nothing was saved, that it was, or a dry run's state. */
    private record Answer(List<String> errors, String notice, DryRuns.Run dryRun) {

        static final Answer NONE = new Answer(List.of(), null, null);

        static Answer refused(String error) {
            return new Answer(List.of(error), null, null);
        }
    }

    /**
     * The version of the policy the form was read from, so that the second of two administrators saving from
     * the same version is told. The rules' fields are bound as {@link PolicyDraft.Fields}, named by the rule's
     * id in brackets ({@code threshold[spam]}, {@code param[flood.window]}).
     */
    record Base(@NotNull @Pattern(regexp = "[0-9]{1,9}") String base) {

        /** The version read; only once the base has been checked. */
        int version() {
            return Integer.parseInt(base);
        }
    }

    /** What the form sent for the rule's field (cut short), or the policy's value on the first showing. */
    private static String shown(Map<String, String> field, String key, String fallback) {
        if (field == null || !field.containsKey(key)) {
            return fallback;
        }
        String value = field.get(key);
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    /** The advanced field: the policy's settings on the first showing, else what was sent (cut short). */
    private static String advanced(PolicyDraft.Fields form, Policy policy) {
        if (form == null || form.advanced() == null) {
            return EditionSettings.of(policy).yaml();
        }
        String sent = form.advanced();
        return sent.length() > EditionSettings.MAX_CHARS ? sent.substring(0, EditionSettings.MAX_CHARS) : sent;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
