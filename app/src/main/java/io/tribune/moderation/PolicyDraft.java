package io.tribune.moderation;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An administrator's edit of one edition's rules, as the policy form sends it: per rule whether it is on,
 * its action, its threshold, its hold threshold (blank: never hold below the threshold), whether the
 * commenter is told the reason, and its numeric parameters. {@link #parse} checks what the engine's own
 * reading lets through (a hold threshold above the threshold, non-positive parameters) and refuses
 * anything it does not know, so a draft that parses can be saved as it is. The edition's other settings
 * come from the form's advanced field ({@link EditionSettings}), or stay as they are when it is not sent.
 *
 * @param rules the edited rules, every rule of the engine
 * @param settings the edition's settings besides its rules
 */
public record PolicyDraft(Map<RuleId, RulePolicy> rules, EditionSettings settings) {

    /** A number as the form writes one: digits with at most one decimal point, no exponent. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,6})?|\\.[0-9]{1,6}");

    private static final int MAX_FIELDS = 400;

    /** Why a field of the form cannot be saved: a message key and its arguments. */
    public record Problem(String key, List<String> args) {}

    /** The draft could not be read; nothing is saved. */
    public static final class Invalid extends RuntimeException {
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super("invalid policy draft: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public PolicyDraft {
        rules = Map.copyOf(rules);
    }

    /** The rules as they are now, for the form's first showing. */
    public static PolicyDraft of(Policy policy) {
        Map<RuleId, RulePolicy> rules = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            rules.put(rule, policy.rule(rule));
        }
        return new PolicyDraft(rules, EditionSettings.of(policy));
    }

    /**
     * The policy form's fields, each keyed by the rule's id as the form names them ({@code threshold[spam]}
     * is {@code spam} in {@link #threshold}); a parameter by {@code RULE.NAME}. A checkbox's key is there
     * when it is ticked. No map may be null: a form without any has an empty map. {@code advanced} is the
     * YAML of the edition's other settings, null when the form did not send it.
     */
    public record Fields(
            Map<String, String> enabled,
            Map<String, String> reason,
            Map<String, String> action,
            Map<String, String> threshold,
            Map<String, String> hold,
            Map<String, String> param,
            String advanced) {

        public Fields {
            enabled = kept(enabled);
            reason = kept(reason);
            action = kept(action);
            threshold = kept(threshold);
            hold = kept(hold);
            param = kept(param);
        }

        private static Map<String, String> kept(Map<String, String> field) {
            return field == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(field));
        }

        private int size() {
            return enabled.size() + reason.size() + action.size() + threshold.size() + hold.size() + param.size();
        }

        /** The keys that should name a rule, less the parameters'. */
        private Stream<String> ruleKeys() {
            return Stream.of(enabled, reason, action, threshold, hold).flatMap(field -> field.keySet().stream());
        }
    }

    /**
     * Reads the form's fields over the current policy (whose fail-closed setting is kept as it is); every
     * rule and parameter named must be one of the engine's.
     */
    public static PolicyDraft parse(Fields form, Policy current) {
        List<Problem> problems = new ArrayList<>();
        if (form.size() > MAX_FIELDS) {
            throw new Invalid(List.of(new Problem("moderation.policy.error.tooMany", List.of())));
        }
        EditionSettings settings = form.advanced() == null
                ? EditionSettings.of(current)
                : EditionSettings.read(form.advanced(), EditionSettings.of(current), problems);
        form.ruleKeys().forEach(id -> {
            if (RuleId.fromId(id).isEmpty()) {
                problems.add(unknownRule(id));
            }
        });
        for (String key : form.param().keySet()) {
            int dot = key.indexOf('.');
            String id = dot < 0 ? key : key.substring(0, dot);
            String name = dot < 0 ? "" : key.substring(dot + 1);
            var rule = RuleId.fromId(id);
            if (rule.isEmpty()) {
                problems.add(unknownRule(id));
            } else if (!current.rule(rule.get()).params().containsKey(name)) {
                problems.add(new Problem(
                        "moderation.policy.error.unknownParam",
                        List.of(shorten(name), rule.get().id())));
            }
        }
        Map<RuleId, RulePolicy> rules = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            RulePolicy was = current.rule(rule);
            String id = rule.id();
            boolean enabled = form.enabled().containsKey(id);
            boolean reason = form.reason().containsKey(id);
            Action action = was.action();
            String actionText = form.action().get(id);
            if (actionText != null) {
                action = switch (actionText) {
                    case "reject" -> Action.REJECT;
                    case "hold" -> Action.HOLD;
                    case "flag" -> Action.FLAG;
                    default -> {
                        problems.add(new Problem("moderation.policy.error.action", List.of(id)));
                        yield was.action();
                    }
                };
            }
            Double threshold = score(form.threshold().get(id), id, "threshold", problems);
            if (threshold == null) {
                threshold = was.threshold();
            }
            String holdText = form.hold().get(id);
            double hold;
            if (holdText == null || holdText.isBlank()) {
                hold = holdText == null ? was.holdThreshold() : 1.01;
            } else {
                Double parsed = score(holdText, id, "hold", problems);
                hold = parsed == null ? was.holdThreshold() : parsed;
                if (parsed != null && parsed > threshold) {
                    problems.add(new Problem("moderation.policy.error.holdAbove", List.of(id)));
                }
            }
            Map<String, Double> params = new TreeMap<>(was.params());
            for (String name : was.params().keySet()) {
                String text = form.param().get(id + "." + name);
                if (text == null) {
                    continue;
                }
                Double value = number(text.strip());
                if (value == null || value <= 0) {
                    problems.add(new Problem("moderation.policy.error.param", List.of(name, id)));
                } else {
                    params.put(name, value);
                }
            }
            boolean failClosed = settings.failClosed().getOrDefault(rule, was.failClosed());
            rules.put(rule, new RulePolicy(enabled, action, threshold, hold, reason, failClosed, params));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new PolicyDraft(rules, settings);
    }

    private static Problem unknownRule(String id) {
        return new Problem("moderation.policy.error.unknownRule", List.of(shorten(id)));
    }

    /** The draft as the overrides of {@code edition} in a policy document (maps and lists only). */
    public Map<String, Object> document(String edition) {
        Map<String, Object> rulesDoc = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            RulePolicy r = rules.get(rule);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("enabled", r.enabled());
            one.put("action", r.action().id());
            one.put("threshold", r.threshold());
            one.put("holdThreshold", r.holdThreshold());
            one.put("showReason", r.showReason());
            one.put("failClosed", r.failClosed());
            one.put("params", new TreeMap<>(r.params()));
            rulesDoc.put(rule.id(), one);
        }
        Map<String, Object> editionDoc = new LinkedHashMap<>(settings.document());
        editionDoc.put("rules", rulesDoc);
        return Map.of("editions", Map.of(edition, editionDoc));
    }

    private static Double score(String text, String rule, String field, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        Double value = number(text.strip());
        if (value == null || value < 0 || value > 1) {
            problems.add(new Problem("moderation.policy.error." + field, List.of(rule)));
            return null;
        }
        return value;
    }

    private static Double number(String text) {
        String t = text.replace(',', '.').toLowerCase(Locale.ROOT);
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t);
    }

    static String shorten(String text) {
        String clean = text.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() < text.length() ? clean + "…" : clean;
    }
}
