package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.semantic.SemanticDetector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output lines of {@code moderate}: one decision, a revised decision, or an input error. The
 * application stores the same form of a decision with each comment.
 */
public final class DecisionJson {

    private final JsonMapper json;

    public DecisionJson(JsonMapper json) {
        this.json = json;
    }

    public String decision(Decision decision) {
        return json.writeValueAsString(node(decision, false));
    }

    String revision(Decision decision) {
        return json.writeValueAsString(node(decision, true));
    }

    String error(int line, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("line", line);
        node.put("error", Surrogates.clean(message));
        return json.writeValueAsString(node);
    }

    private ObjectNode node(Decision decision, boolean revision) {
        ObjectNode node = json.createObjectNode();
        node.put("id", Surrogates.clean(decision.commentId()));
        if (revision) {
            node.put("revision", true);
        }
        node.put("decision", decision.verdict().id());
        ArrayNode rules = node.putArray("rules");
        for (RuleHit hit : decision.hits()) {
            ObjectNode rule = rules.addObject();
            rule.put("rule", hit.rule().id());
            rule.put("score", hit.score());
            rule.put("action", hit.action().id());
            SemanticDetector.explain(hit).ifPresent(text -> rule.put("explanation", text));
            ArrayNode evidence = rule.putArray("evidence");
            hit.evidence().forEach(e -> evidence(evidence.addObject(), e));
        }
        node.put("language", decision.language());
        node.put("message", Surrogates.clean(decision.message()));
        node.put("micros", decision.micros());
        if (!decision.holds().isEmpty()) {
            ArrayNode holds = node.putArray("holds");
            decision.holds().forEach(h -> holds.add(Surrogates.clean(h)));
        }
        return node;
    }

    private static void evidence(ObjectNode node, Evidence evidence) {
        switch (evidence) {
            case Evidence.Span span -> {
                node.put("start", span.start());
                node.put("end", span.end());
                node.put("match", Surrogates.clean(span.match()));
                node.put("term", Surrogates.clean(span.term()));
            }
            case Evidence.Similar similar -> {
                ArrayNode ids = node.putArray("similar");
                similar.commentIds().forEach(id -> ids.add(Surrogates.clean(id)));
                node.put("similarity", similar.similarity());
                node.put("accounts", similar.accounts());
            }
            case Evidence.Rate rate -> {
                node.put("per", rate.per());
                node.put("count", rate.count());
                node.put("windowSeconds", rate.window().toSeconds());
                node.put("limit", rate.limit());
            }
            case Evidence.Language language -> {
                node.put("language", language.language());
                node.put("confidence", language.confidence());
            }
            case Evidence.Measure measure -> {
                node.put("measure", measure.name());
                node.put("value", measure.value());
            }
        }
    }
}
