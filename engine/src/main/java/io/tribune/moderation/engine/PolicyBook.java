package io.tribune.moderation.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The policies of all editions, read from a versioned YAML (or JSON) document. The built-in document
 * gives defaults for every edition language; an operator's document is merged over it key by key, so
 * it only needs to say what differs.
 */
public final class PolicyBook {

    static final String DEFAULT_RESOURCE = "/io/tribune/moderation/engine/policy.yaml";
    private static final Set<String> RULE_KEYS =
            Set.of("enabled", "action", "threshold", "holdThreshold", "showReason", "failClosed", "params");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String version;
    private final Map<String, Policy> editions;

    private PolicyBook(String version, Map<String, Policy> editions) {
        this.version = version;
        this.editions = Map.copyOf(editions);
    }

    /** The built-in policies. */
    public static PolicyBook defaults() {
        return new PolicyBook(builtIn());
    }

    /** The built-in policies with the operator's document merged over them. */
    public static PolicyBook withOverrides(Path document) {
        try (InputStream in = Files.newInputStream(document)) {
            return withOverrides(in, document.toString());
        } catch (IOException e) {
            throw new PolicyException("policy file " + document + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static PolicyBook withOverrides(InputStream document, String name) {
        Map<String, Object> merged = builtIn();
        merge(merged, read(document, name));
        return new PolicyBook(merged);
    }

    /**
     * The built-in policies with several documents merged over them in turn, each later one winning: an
     * operator's file, then the policies saved in the application, then the version they make together.
     */
    public static PolicyBook withOverrides(List<Document> documents) {
        Map<String, Object> merged = builtIn();
        for (Document document : documents) {
            merge(
                    merged,
                    read(new ByteArrayInputStream(document.text().getBytes(StandardCharsets.UTF_8)), document.name()));
        }
        return new PolicyBook(merged);
    }

    /**
     * A policy document to merge.
     *
     * @param name what errors call it, e.g. the file it was read from
     * @param text YAML (or JSON, which YAML reads too)
     */
    public record Document(String name, String text) {}

    public String version() {
        return version;
    }

    public Set<String> editions() {
        return new TreeSet<>(editions.keySet());
    }

    public Policy policyFor(String edition) {
        Policy policy = editions.get(edition);
        if (policy == null) {
            throw new UnknownEdition(edition);
        }
        return policy;
    }

    public boolean covers(String edition) {
        return editions.containsKey(edition);
    }

    private PolicyBook(Map<String, Object> document) {
        this(text(document, "version", "version"), parseEditions(document));
    }

    private static Map<String, Object> builtIn() {
        try (InputStream in = PolicyBook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(Objects.requireNonNull(in, DEFAULT_RESOURCE), "built-in policy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(InputStream in, String name) {
        try {
            Object value = YAML.readValue(in, Object.class);
            if (!(value instanceof Map)) {
                throw new PolicyException(name + ": a policy document must be a mapping at the top level");
            }
            return (Map<String, Object>) value;
        } catch (JacksonException e) {
            throw new PolicyException(name + ": not valid YAML/JSON: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((key, value) -> {
            Object existing = into.get(key);
            if (existing instanceof Map && value instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                merge(copy, (Map<String, Object>) value);
                into.put(key, copy);
            } else {
                into.put(key, value);
            }
        });
    }

    private static Map<String, Policy> parseEditions(Map<String, Object> document) {
        String version = text(document, "version", "version");
        Map<String, Object> defaults = map(document, "defaults", "defaults");
        Map<String, Object> editions = map(document, "editions", "editions");
        if (editions.isEmpty()) {
            throw new PolicyException("editions: at least one edition is needed");
        }
        Map<String, Policy> policies = new LinkedHashMap<>();
        editions.forEach((code, value) -> {
            if (!(value instanceof Map)) {
                throw new PolicyException("editions." + code + ": must be a mapping");
            }
            Map<String, Object> effective = new LinkedHashMap<>(defaults);
            @SuppressWarnings("unchecked")
            Map<String, Object> own = (Map<String, Object>) value;
            merge(effective, own);
            policies.put(code, parseEdition(code, version, effective));
        });
        return policies;
    }

    private static Policy parseEdition(String code, String version, Map<String, Object> e) {
        String where = "editions." + code;
        String language = text(e, "language", where + ".language");
        List<String> accepted = list(e, "acceptedLanguages", where, List.of(language));
        List<String> candidates = new ArrayList<>(list(e, "candidateLanguages", where, List.of()));
        for (String lang : accepted) {
            if (!candidates.contains(lang)) {
                candidates.add(lang);
            }
        }
        Map<String, Object> trust = map(e, "trust", where + ".trust");
        Trust parsedTrust = new Trust(
                (int) number(trust, "premoderateFirst", where + ".trust", 0, 0, 1_000_000),
                number(trust, "holdAboveRejectionRate", where + ".trust", 1, 0, 1),
                (int) number(trust, "minRecentForRate", where + ".trust", 5, 1, 1_000_000));
        Map<String, Object> rules = map(e, "rules", where + ".rules");
        Map<RuleId, RulePolicy> parsed = new EnumMap<>(RuleId.class);
        rules.forEach((id, value) -> {
            RuleId rule = RuleId.fromId(id)
                    .orElseThrow(() -> new PolicyException(where + ".rules: unknown rule id '" + id + "'"));
            if (!(value instanceof Map)) {
                throw new PolicyException(where + ".rules." + id + ": must be a mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) value;
            parsed.put(rule, parseRule(r, where + ".rules." + id));
        });
        for (RuleId rule : RuleId.values()) {
            if (!parsed.containsKey(rule)) {
                throw new PolicyException(where + ".rules: rule '" + rule.id() + "' is not configured");
            }
        }
        return new Policy(
                code,
                version,
                language,
                Set.copyOf(accepted),
                Set.copyOf(candidates),
                list(e, "brandNames", where, List.of()),
                list(e, "ownDomains", where, List.of()),
                parsedTrust,
                parsed,
                encoder(e.get("encoder"), where + ".encoder"));
    }

    /** {@code encoder: shipped | none | FOLDER} or {@code encoder: { model: ..., languages: [..] }}. */
    private static EncoderChoice encoder(Object value, String where) {
        if (value == null) {
            return EncoderChoice.SHIPPED;
        }
        if (value instanceof String model) {
            return model.isBlank() ? EncoderChoice.SHIPPED : new EncoderChoice(model.trim(), List.of());
        }
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!List.of("model", "languages").contains(String.valueOf(key))) {
                    throw new PolicyException(where + ": unknown setting '" + key + "' (known: languages, model)");
                }
            }
            Object model = map.get("model");
            if (!(model instanceof String m) || m.isBlank()) {
                throw new PolicyException(where + ".model: shipped, none or a model folder");
            }
            List<String> languages = new ArrayList<>();
            Object list = map.get("languages");
            if (list instanceof List<?> items) {
                items.forEach(item -> languages.add(String.valueOf(item).trim().toLowerCase(Locale.ROOT)));
            } else if (list != null) {
                throw new PolicyException(where + ".languages: must be a list of language codes");
            }
            return new EncoderChoice(m.trim(), languages);
        }
        throw new PolicyException(where + ": shipped, none, a model folder, or a mapping with model and languages");
    }

    private static RulePolicy parseRule(Map<String, Object> r, String where) {
        for (String key : r.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                throw new PolicyException(
                        where + ": unknown setting '" + key + "' (known: " + new TreeSet<>(RULE_KEYS) + ")");
            }
        }
        Object actionValue = r.getOrDefault("action", "hold");
        Action action;
        try {
            action = Action.valueOf(String.valueOf(actionValue).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PolicyException(where + ".action: '" + actionValue + "' is not one of reject, hold, flag");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        map(r, "params", where + ".params").forEach((name, value) -> {
            if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw new PolicyException(where + ".params." + name + ": must be a number");
            }
            params.put(name, n.doubleValue());
        });
        return new RulePolicy(
                bool(r, "enabled", where, true),
                action,
                number(r, "threshold", where, 0.5, 0, 1),
                number(r, "holdThreshold", where, 1.01, 0, 1.01),
                bool(r, "showReason", where, true),
                bool(r, "failClosed", where, true),
                params);
    }

    private static String text(Map<String, Object> m, String key, String where) {
        Object value = m.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new PolicyException(where + ": is required");
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key, String where) {
        Object value = m.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new PolicyException(where + ": must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<String> list(Map<String, Object> m, String key, String where, List<String> fallback) {
        Object value = m.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List<?> items)) {
            throw new PolicyException(where + "." + key + ": must be a list");
        }
        return items.stream().map(String::valueOf).toList();
    }

    private static boolean bool(Map<String, Object> m, String key, String where, boolean fallback) {
        Object value = m.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw new PolicyException(where + "." + key + ": must be true or false");
        }
        return b;
    }

    private static double number(
            Map<String, Object> m, String key, String where, double fallback, double min, double max) {
        Object value = m.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new PolicyException(where + "." + key + ": must be a number");
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw new PolicyException(where + "." + key + ": " + d + " is outside [" + min + ", " + max + "]");
        }
        return d;
    }
}
