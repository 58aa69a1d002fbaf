package io.tribune.moderation;

import io.tribune.moderation.engine.EncoderChoice;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Trust;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The settings of an edition's policy that the rule table of the policy form does not show — its
 * languages, brand names and own domains, trust, sentence encoder and each rule's fail-closed switch —
 * as the administrator edits them in the form's advanced field, written as YAML. The YAML is read as
 * plain data only: no tags, anchors or aliases, a size cap, and every key and value checked, each
 * problem named with its line.
 */
public record EditionSettings(
        String language,
        List<String> acceptedLanguages,
        List<String> candidateLanguages,
        List<String> brandNames,
        List<String> ownDomains,
        Trust trust,
        EncoderChoice encoder,
        Map<RuleId, Boolean> failClosed) {

    /** The most characters the advanced field may hold; the settings written out take a few hundred. */
    public static final int MAX_CHARS = 16_000;

    private static final int MAX_ITEMS = 50;
    private static final int MAX_NAME = 100;
    private static final int MAX_NESTING = 4;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final List<String> KEYS = List.of(
            "language",
            "acceptedLanguages",
            "candidateLanguages",
            "brandNames",
            "ownDomains",
            "trust",
            "encoder",
            "failClosed");
    private static final List<String> TRUST_KEYS =
            List.of("premoderateFirst", "holdAboveRejectionRate", "minRecentForRate");
    private static final List<String> ENCODER_KEYS = List.of("model", "languages");
    private static final Set<Tag> PLAIN_DATA =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    /** Languages the engine knows: those the built-in policy lets its identifier choose among. */
    private static final Set<String> KNOWN_LANGUAGES =
            new TreeSet<>(PolicyBook.defaults().policyFor("en").candidateLanguages());

    public EditionSettings {
        acceptedLanguages = List.copyOf(acceptedLanguages);
        candidateLanguages = List.copyOf(candidateLanguages);
        brandNames = List.copyOf(brandNames);
        ownDomains = List.copyOf(ownDomains);
        failClosed = Map.copyOf(failClosed);
    }

    /** The settings as the edition's policy has them now. */
    public static EditionSettings of(Policy policy) {
        Map<RuleId, Boolean> failClosed = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            failClosed.put(rule, policy.rule(rule).failClosed());
        }
        return new EditionSettings(
                policy.language(),
                new ArrayList<>(new TreeSet<>(policy.acceptedLanguages())),
                new ArrayList<>(new TreeSet<>(policy.candidateLanguages())),
                policy.brandNames(),
                policy.ownDomains(),
                policy.trust(),
                policy.encoder(),
                failClosed);
    }

    /** The settings as policy-document keys of an edition (maps, lists and plain values only). */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("language", language);
        doc.put("acceptedLanguages", acceptedLanguages);
        doc.put("candidateLanguages", candidateLanguages);
        doc.put("brandNames", brandNames);
        doc.put("ownDomains", ownDomains);
        Map<String, Object> trustDoc = new LinkedHashMap<>();
        trustDoc.put("premoderateFirst", trust.premoderateFirst());
        trustDoc.put("holdAboveRejectionRate", trust.holdAboveRejectionRate());
        trustDoc.put("minRecentForRate", trust.minRecentForRate());
        doc.put("trust", trustDoc);
        Map<String, Object> encoderDoc = new LinkedHashMap<>();
        encoderDoc.put("model", encoder.model());
        encoderDoc.put("languages", encoder.languages());
        doc.put("encoder", encoderDoc);
        return doc;
    }

    /** The settings as the advanced field shows them. */
    public String yaml() {
        Map<String, Object> doc = document();
        Map<String, Object> rules = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            rules.put(rule.id(), failClosed.get(rule));
        }
        doc.put("failClosed", rules);
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setWidth(100)
                .build();
        return new Dump(settings).dumpToString(doc);
    }

    /**
     * Reads the advanced field over the current settings: a key left out keeps its current value. Each
     * problem is added to {@code problems}; what is returned is only meaningful when none was added.
     */
    public static EditionSettings read(String yaml, EditionSettings current, List<PolicyDraft.Problem> problems) {
        if (yaml.length() > MAX_CHARS) {
            problems.add(problem("tooLong", List.of(String.valueOf(MAX_CHARS))));
            return current;
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel("advanced")
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setCodePointLimit(MAX_CHARS * 2)
                .setAllowNonScalarKeys(false)
                .build();
        Optional<Node> root;
        try {
            if (!plainData(new Parse(settings).parseString(yaml), problems)) {
                return current;
            }
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            problems.add(problem("malformed", List.of(line(e.getProblemMark().or(e::getContextMark)))));
            return current;
        } catch (YamlEngineException e) {
            problems.add(problem("malformedAnywhere", List.of()));
            return current;
        }
        if (root.isEmpty() || root.get().getTag() == Tag.NULL) {
            return current;
        }
        int before = problems.size();
        EditionSettings read = new Reading(current, problems).settings(root.get());
        // named in the order of their lines, as the administrator reads the field
        problems.subList(before, problems.size())
                .sort(Comparator.comparingInt(p -> lineNumber(p.args().getFirst())));
        return read;
    }

    /** Refuses anything but plain data: no anchors, aliases or tags of any kind, no deep nesting. */
    private static boolean plainData(Iterable<Event> events, List<PolicyDraft.Problem> problems) {
        int depth = 0;
        int documents = 0;
        for (Event event : events) {
            String line = line(event.getStartMark());
            if (event instanceof AliasEvent
                    || (event instanceof NodeEvent node && node.getAnchor().isPresent())) {
                problems.add(problem("alias", List.of(line)));
                return false;
            }
            boolean tagged = event instanceof ScalarEvent scalar
                    ? scalar.getTag().isPresent()
                    : event instanceof CollectionStartEvent collection
                            && collection.getTag().isPresent();
            if (tagged) {
                problems.add(problem("tag", List.of(line)));
                return false;
            }
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_NESTING) {
                        problems.add(problem("nesting", List.of(line)));
                        return false;
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case DocumentStart -> {
                    // one document only: a second one would be silently ignored
                    if (++documents > 1) {
                        problems.add(problem("documents", List.of(line)));
                        return false;
                    }
                }
                default -> {}
            }
        }
        return true;
    }

    private static int lineNumber(String line) {
        return line.chars().allMatch(Character::isDigit) ? Integer.parseInt(line) : Integer.MAX_VALUE;
    }

    private static String line(Optional<Mark> mark) {
        return mark.map(m -> String.valueOf(m.getLine() + 1)).orElse("?");
    }

    private static String line(Node node) {
        return line(node.getStartMark());
    }

    private static PolicyDraft.Problem problem(String what, List<String> args) {
        return new PolicyDraft.Problem("moderation.policy.advanced.error." + what, args);
    }

    /** One reading of the field's mapping over the current settings. */
    private static final class Reading {
        private final EditionSettings current;
        private final List<PolicyDraft.Problem> problems;

        Reading(EditionSettings current, List<PolicyDraft.Problem> problems) {
            this.current = current;
            this.problems = problems;
        }

        EditionSettings settings(Node root) {
            Map<String, Node> top = mapping(root, "", KEYS);
            if (top == null) {
                return current;
            }
            String language =
                    top.containsKey("language") ? languageCode(top.get("language"), "language") : current.language();
            List<String> accepted = top.containsKey("acceptedLanguages")
                    ? languages(top.get("acceptedLanguages"), "acceptedLanguages", 1)
                    : current.acceptedLanguages();
            List<String> candidates = top.containsKey("candidateLanguages")
                    ? languages(top.get("candidateLanguages"), "candidateLanguages", 0)
                    : current.candidateLanguages();
            List<String> brands =
                    top.containsKey("brandNames") ? names(top.get("brandNames"), "brandNames") : current.brandNames();
            List<String> domains =
                    top.containsKey("ownDomains") ? domains(top.get("ownDomains")) : current.ownDomains();
            Trust trust = top.containsKey("trust") ? trust(top.get("trust")) : current.trust();
            EncoderChoice encoder = top.containsKey("encoder") ? encoder(top.get("encoder")) : current.encoder();
            Map<RuleId, Boolean> failClosed =
                    top.containsKey("failClosed") ? failClosed(top.get("failClosed")) : current.failClosed();
            if (language != null && accepted != null && !accepted.contains(language)) {
                problems.add(problem("languageNotAccepted", List.of(line(top.getOrDefault("language", root)))));
            }
            return new EditionSettings(
                    language == null ? current.language() : language,
                    accepted == null ? current.acceptedLanguages() : accepted,
                    candidates == null ? current.candidateLanguages() : candidates,
                    brands == null ? current.brandNames() : brands,
                    domains == null ? current.ownDomains() : domains,
                    trust == null ? current.trust() : trust,
                    encoder == null ? current.encoder() : encoder,
                    failClosed == null ? current.failClosed() : failClosed);
        }

        /** The mapping's entries by key, refusing keys it does not know; null (and a problem) if it is none. */
        private Map<String, Node> mapping(Node node, String where, List<String> known) {
            if (!(node instanceof MappingNode map)) {
                problems.add(problem("mapping", List.of(line(node), label(where))));
                return null;
            }
            Map<String, Node> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
                if (!known.contains(key)) {
                    problems.add(problem(
                            "unknownKey",
                            List.of(line(tuple.getKeyNode()), PolicyDraft.shorten(key), String.join(", ", known))));
                    continue;
                }
                if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
                    problems.add(problem("duplicate", List.of(line(tuple.getKeyNode()), PolicyDraft.shorten(key))));
                }
            }
            return entries;
        }

        private String languageCode(Node node, String where) {
            String text = scalar(node, where, Tag.STR);
            if (text == null) {
                return null;
            }
            if (!LANGUAGE.matcher(text).matches() || !KNOWN_LANGUAGES.contains(text)) {
                problems.add(problem(
                        "language",
                        List.of(line(node), PolicyDraft.shorten(text), String.join(", ", KNOWN_LANGUAGES))));
                return null;
            }
            return text;
        }

        private List<String> languages(Node node, String where, int least) {
            List<Node> items = sequence(node, where, least);
            if (items == null) {
                return null;
            }
            Set<String> codes = new LinkedHashSet<>();
            boolean good = true;
            for (Node item : items) {
                String code = languageCode(item, where);
                good &= code != null;
                codes.add(code);
            }
            return good ? List.copyOf(codes) : null;
        }

        private List<String> names(Node node, String where) {
            List<Node> items = sequence(node, where, 0);
            if (items == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (Node item : items) {
                String name = scalar(item, where, Tag.STR);
                if (name == null) {
                    return null;
                }
                String kept = name.strip();
                if (kept.isEmpty()
                        || kept.length() > MAX_NAME
                        || kept.codePoints()
                                .anyMatch(c -> Character.isISOControl(c)
                                        || Character.getType(c) == Character.FORMAT
                                        || Character.getType(c) == Character.SURROGATE
                                        || "<>\"'`".indexOf(c) >= 0)) {
                    problems.add(problem("name", List.of(line(item), String.valueOf(MAX_NAME))));
                    return null;
                }
                names.add(kept);
            }
            return names;
        }

        private List<String> domains(Node node) {
            List<Node> items = sequence(node, "ownDomains", 0);
            if (items == null) {
                return null;
            }
            List<String> domains = new ArrayList<>();
            for (Node item : items) {
                String domain = scalar(item, "ownDomains", Tag.STR);
                if (domain == null) {
                    return null;
                }
                if (!DOMAIN.matcher(domain).matches()) {
                    problems.add(problem("domain", List.of(line(item), PolicyDraft.shorten(domain))));
                    return null;
                }
                domains.add(domain);
            }
            return domains;
        }

        private Trust trust(Node node) {
            Map<String, Node> entries = mapping(node, "trust", TRUST_KEYS);
            if (entries == null) {
                return null;
            }
            Trust was = current.trust();
            Double first = number(entries.get("premoderateFirst"), "trust.premoderateFirst", 0, 1_000_000, true);
            Double rate = number(entries.get("holdAboveRejectionRate"), "trust.holdAboveRejectionRate", 0, 1, false);
            Double recent = number(entries.get("minRecentForRate"), "trust.minRecentForRate", 1, 1_000_000, true);
            return new Trust(
                    first == null ? was.premoderateFirst() : first.intValue(),
                    rate == null ? was.holdAboveRejectionRate() : rate,
                    recent == null ? was.minRecentForRate() : recent.intValue());
        }

        /**
         * An administrator may switch between the shipped encoder and none, or keep the model folder the
         * operator configured: a folder typed in a browser would make the server load any file it can read.
         */
        private EncoderChoice encoder(Node node) {
            Map<String, Node> entries = mapping(node, "encoder", ENCODER_KEYS);
            if (entries == null) {
                return null;
            }
            EncoderChoice was = current.encoder();
            String model = was.model();
            if (entries.containsKey("model")) {
                model = scalar(entries.get("model"), "encoder.model", Tag.STR);
                if (model != null
                        && !model.equals(EncoderChoice.SHIPPED_MODEL)
                        && !model.equals(EncoderChoice.NO_MODEL)
                        && !model.equals(was.model())) {
                    problems.add(problem("model", List.of(line(entries.get("model")))));
                    return null;
                }
            }
            List<String> languages = entries.containsKey("languages")
                    ? languages(entries.get("languages"), "encoder.languages", 0)
                    : was.languages();
            return model == null || languages == null ? null : new EncoderChoice(model, languages);
        }

        private Map<RuleId, Boolean> failClosed(Node node) {
            List<String> ids = new ArrayList<>();
            for (RuleId rule : RuleId.values()) {
                ids.add(rule.id());
            }
            Map<String, Node> entries = mapping(node, "failClosed", ids);
            if (entries == null) {
                return null;
            }
            Map<RuleId, Boolean> failClosed = new EnumMap<>(current.failClosed());
            for (Map.Entry<String, Node> entry : entries.entrySet()) {
                String where = "failClosed." + entry.getKey();
                String value = scalar(entry.getValue(), where, Tag.BOOL);
                if (value == null) {
                    return null;
                }
                failClosed.put(
                        RuleId.fromId(entry.getKey()).orElseThrow(),
                        Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            }
            return failClosed;
        }

        private List<Node> sequence(Node node, String where, int least) {
            if (!(node instanceof SequenceNode sequence)) {
                problems.add(problem("list", List.of(line(node), where)));
                return null;
            }
            List<Node> items = sequence.getValue();
            if (items.size() < least || items.size() > MAX_ITEMS) {
                problems.add(problem("listSize", List.of(line(node), where, String.valueOf(least), "" + MAX_ITEMS)));
                return null;
            }
            return items;
        }

        /** A scalar of the tag's type as written, or null (and a problem) if it is anything else. */
        private String scalar(Node node, String where, Tag tag) {
            boolean fits = node instanceof ScalarNode
                    && PLAIN_DATA.contains(node.getTag())
                    && (node.getTag().equals(tag)
                            || (tag.equals(Tag.FLOAT) && node.getTag().equals(Tag.INT)));
            if (!fits) {
                String type = tag.getValue().substring(Tag.PREFIX.length());
                problems.add(problem("type." + type, List.of(line(node), where)));
                return null;
            }
            return ((ScalarNode) node).getValue();
        }

        private Double number(Node node, String where, double min, double max, boolean whole) {
            if (node == null) {
                return null;
            }
            String text = scalar(node, where, whole ? Tag.INT : Tag.FLOAT);
            if (text == null) {
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value) || value < min || value > max || (whole && value != Math.rint(value))) {
                problems.add(problem("range", List.of(line(node), where, number(min), number(max))));
                return null;
            }
            return value;
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        private static String label(String where) {
            return where.isEmpty() ? "advanced" : where;
        }
    }
}
