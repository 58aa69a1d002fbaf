package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.system.Site;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statements of reasons of a period in the DSA Transparency Database's statement format (the body of
 * its "multiple statements" API call, {@code {"statements": [...]}}), for an administrator to submit.
 * Each statement is a comment's removal or a partial suspension of the service (a block lets the reader
 * read but not take part) or, for an administrator's deletion, a total termination of it, on the ground of incompatibility with the community standards; the
 * moderator's note is left out, as it may carry personal data.
 */
@Service
public class TransparencyExport {

    /** The EU and EEA states, where the decisions apply. */
    static final List<String> TERRITORIAL_SCOPE = List.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
            "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");

    /** The official EU languages the database takes as content_language. */
    private static final Set<String> EU_LANGUAGES = Set.of(
            "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "GA", "HR", "HU", "IT", "LT", "LV", "MT", "NL",
            "PL", "PT", "RO", "SK", "SL", "SV");

    /** The database's category for each rule of the standards. */
    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("hate", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
            Map.entry("insult_threat", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
            Map.entry("trolling", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
            Map.entry("minors", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
            Map.entry("extremism", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"),
            Map.entry("privacy", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"),
            Map.entry("violence_cruelty", "STATEMENT_CATEGORY_VIOLENCE"),
            Map.entry("suicide", "STATEMENT_CATEGORY_SELF_HARM"),
            Map.entry("narcotics", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS"),
            Map.entry("malware_link", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
            Map.entry("spam", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
            Map.entry("flash_mob", "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"));

    private static final String OTHER_RULES = "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Moderators moderators;
    private final StatementsOfReasons statements;
    private final Site site;

    TransparencyExport(Moderators moderators, StatementsOfReasons statements, Site site) {
        this.moderators = moderators;
        this.statements = statements;
        this.site = site;
    }

    /** The statements issued from {@code from} (inclusive) to {@code to} (exclusive), as JSON; admins only. */
    public String export(AccountId admin, Instant from, Instant to) {
        moderators.checkAdmin(admin);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("statements");
        for (Statement statement : statements.between(from, to)) {
            list.add(statement(statement));
        }
        return JSON.writeValueAsString(root);
    }

    private ObjectNode statement(Statement s) {
        ObjectNode node = JSON.createObjectNode();
        if (s.isDeletion()) {
            node.put("decision_provision", "DECISION_PROVISION_TOTAL_TERMINATION");
            node.put("decision_account", "DECISION_ACCOUNT_TERMINATED");
        } else if (s.isBlock()) {
            node.put(
                    "decision_provision",
                    s.isFinal() ? "DECISION_PROVISION_PARTIAL_TERMINATION" : "DECISION_PROVISION_PARTIAL_SUSPENSION");
        } else if ("COMMENT_EDITED".equals(s.restriction())) {
            node.putArray("decision_visibility").add("DECISION_VISIBILITY_OTHER");
            node.put("decision_visibility_other", "Part of the text was edited out by a moderator");
        } else {
            node.putArray("decision_visibility").add("DECISION_VISIBILITY_CONTENT_REMOVED");
        }
        node.put("account_type", "ACCOUNT_TYPE_PRIVATE");
        node.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
        node.put("decision_ground_reference_url", site.absolute(ModerationPaths.rule(s.edition(), s.rule())));
        node.put("incompatible_content_ground", cut("Community standards, rule '" + s.rule() + "'", 500));
        node.put("incompatible_content_explanation", cut(s.facts(), 2000));
        node.putArray("content_type").add("CONTENT_TYPE_TEXT");
        node.put("category", CATEGORIES.getOrDefault(s.rule(), OTHER_RULES));
        ArrayNode scope = node.putArray("territorial_scope");
        TERRITORIAL_SCOPE.forEach(scope::add);
        String language = s.edition().toUpperCase(java.util.Locale.ROOT);
        if (EU_LANGUAGES.contains(language)) {
            node.put("content_language", language);
        }
        node.put("content_date", DAY.format(s.contentDate()));
        node.put("application_date", DAY.format(s.decidedAt()));
        node.put("decision_facts", cut(s.facts(), 5000));
        node.put("source_type", "REPORTS".equals(s.source()) ? "SOURCE_ARTICLE_16" : "SOURCE_VOLUNTARY");
        node.put("automated_detection", s.automatedDetection() ? "Yes" : "No");
        node.put(
                "automated_decision",
                switch (s.automatedDecision()) {
                    case "FULLY" -> "AUTOMATED_DECISION_FULLY";
                    case "PARTIALLY" -> "AUTOMATED_DECISION_PARTIALLY";
                    default -> "AUTOMATED_DECISION_NOT_AUTOMATED";
                });
        node.put("puid", s.puid());
        return node;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
