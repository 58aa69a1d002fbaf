package io.tribune.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The statement fields of the DSA Transparency Database's API documentation (page "API Documentation",
 * section "Statement Attributes", and its example payloads), written down here to check the export
 * against: which fields exist, which are required, the values the limited ones take, the limits of the
 * free text ones, and the form of dates and of the puid.
 */
final class DsaStatementFields {

    private DsaStatementFields() {}

    static final Set<String> DECISION_VISIBILITY = Set.of(
            "DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED",
            "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED",
            "DECISION_VISIBILITY_OTHER");
    static final Set<String> DECISION_MONETARY =
            Set.of("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER");
    static final Set<String> DECISION_PROVISION = Set.of(
            "DECISION_PROVISION_PARTIAL_SUSPENSION",
            "DECISION_PROVISION_TOTAL_SUSPENSION",
            "DECISION_PROVISION_PARTIAL_TERMINATION",
            "DECISION_PROVISION_TOTAL_TERMINATION");
    static final Set<String> DECISION_ACCOUNT = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> ACCOUNT_TYPE = Set.of("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE");
    static final Set<String> DECISION_GROUND =
            Set.of("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPE = Set.of(
            "CONTENT_TYPE_APP",
            "CONTENT_TYPE_AUDIO",
            "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT",
            "CONTENT_TYPE_SYNTHETIC_MEDIA",
            "CONTENT_TYPE_TEXT",
            "CONTENT_TYPE_VIDEO",
            "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORY = Set.of(
            "STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
            "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR",
            "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
            "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "STATEMENT_CATEGORY_SELF_HARM",
            "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
            "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
            "STATEMENT_CATEGORY_VIOLENCE");
    static final Set<String> SOURCE_TYPE =
            Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final Set<String> AUTOMATED_DECISION =
            Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED");
    static final Set<String> COUNTRIES = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
            "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");
    static final Set<String> LANGUAGES = Set.of(
            "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "GA", "HR", "HU", "IT", "LT", "LV", "MT", "NL",
            "PL", "PT", "RO", "SK", "SL", "SV");

    /** Free text fields and their limits in characters. */
    static final Map<String, Integer> TEXT = Map.ofEntries(
            Map.entry("decision_visibility_other", 500),
            Map.entry("decision_monetary_other", 500),
            Map.entry("decision_ground_reference_url", 500),
            Map.entry("illegal_content_legal_ground", 500),
            Map.entry("illegal_content_explanation", 2000),
            Map.entry("incompatible_content_ground", 500),
            Map.entry("incompatible_content_explanation", 2000),
            Map.entry("content_type_other", 500),
            Map.entry("category_specification_other", 500),
            Map.entry("decision_facts", 5000),
            Map.entry("source_identity", 500),
            Map.entry("puid", 500));

    static final Set<String> DATES = Set.of(
            "content_date",
            "application_date",
            "end_date_account_restriction",
            "end_date_monetary_restriction",
            "end_date_service_restriction",
            "end_date_visibility_restriction");

    static final Set<String> OTHER_FIELDS = Set.of(
            "decision_visibility",
            "decision_monetary",
            "decision_provision",
            "decision_account",
            "account_type",
            "decision_ground",
            "incompatible_content_illegal",
            "content_type",
            "category",
            "category_addition",
            "category_specification",
            "territorial_scope",
            "content_language",
            "source_type",
            "automated_detection",
            "automated_decision");

    static final List<String> REQUIRED = List.of(
            "decision_ground",
            "content_type",
            "category",
            "territorial_scope",
            "content_date",
            "application_date",
            "decision_facts",
            "source_type",
            "automated_detection",
            "automated_decision",
            "puid");

    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]{1,500}");

    /** What the database would refuse in the statement; empty when it is acceptable. */
    static List<String> problems(JsonNode s) {
        List<String> problems = new ArrayList<>();
        for (String name : s.propertyNames()) {
            if (!TEXT.containsKey(name) && !DATES.contains(name) && !OTHER_FIELDS.contains(name)) {
                problems.add(name + ": not a documented field");
            }
        }
        for (String name : REQUIRED) {
            if (!s.hasNonNull(name)) {
                problems.add(name + ": required");
            }
        }
        if (!s.hasNonNull("decision_visibility")
                && !s.hasNonNull("decision_monetary")
                && !s.hasNonNull("decision_provision")
                && !s.hasNonNull("decision_account")) {
            problems.add("decision_visibility: one of the four decisions is required");
        }
        array(s, "decision_visibility", DECISION_VISIBILITY, problems);
        one(s, "decision_monetary", DECISION_MONETARY, problems);
        one(s, "decision_provision", DECISION_PROVISION, problems);
        one(s, "decision_account", DECISION_ACCOUNT, problems);
        one(s, "account_type", ACCOUNT_TYPE, problems);
        one(s, "decision_ground", DECISION_GROUND, problems);
        one(s, "incompatible_content_illegal", YES_NO, problems);
        array(s, "content_type", CONTENT_TYPE, problems);
        one(s, "category", CATEGORY, problems);
        array(s, "category_addition", CATEGORY, problems);
        array(s, "territorial_scope", COUNTRIES, problems);
        one(s, "content_language", LANGUAGES, problems);
        one(s, "source_type", SOURCE_TYPE, problems);
        one(s, "automated_detection", YES_NO, problems);
        one(s, "automated_decision", AUTOMATED_DECISION, problems);
        String ground = s.path("decision_ground").asString("");
        if (ground.equals("DECISION_GROUND_INCOMPATIBLE_CONTENT")) {
            required(s, "incompatible_content_ground", problems);
            required(s, "incompatible_content_explanation", problems);
        }
        if (ground.equals("DECISION_GROUND_ILLEGAL_CONTENT")) {
            required(s, "illegal_content_legal_ground", problems);
            required(s, "illegal_content_explanation", problems);
        }
        if (s.path("decision_visibility").toString().contains("DECISION_VISIBILITY_OTHER")) {
            required(s, "decision_visibility_other", problems);
        }
        if (s.path("content_type").toString().contains("CONTENT_TYPE_OTHER")) {
            required(s, "content_type_other", problems);
        }
        TEXT.forEach((name, max) -> {
            if (s.hasNonNull(name) && s.get(name).asString("").length() > max) {
                problems.add(name + ": longer than " + max);
            }
        });
        for (String name : DATES) {
            if (s.hasNonNull(name) && !isDay(s.get(name).asString(""))) {
                problems.add(name + ": not YYYY-MM-DD");
            }
        }
        if (isDay(s.path("content_date").asString(""))
                && s.get("content_date").asString().compareTo("2000-01-01") < 0) {
            problems.add("content_date: before 2000-01-01");
        }
        if (isDay(s.path("application_date").asString(""))
                && s.get("application_date").asString().compareTo("2020-01-01") < 0) {
            problems.add("application_date: before 2020-01-01");
        }
        if (s.hasNonNull("puid") && !PUID.matcher(s.get("puid").asString("")).matches()) {
            problems.add("puid: only letters, digits, hyphens and underscores");
        }
        return problems;
    }

    private static boolean isDay(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void required(JsonNode s, String name, List<String> problems) {
        if (!s.hasNonNull(name) || s.get(name).asString("").isBlank()) {
            problems.add(name + ": required for this decision");
        }
    }

    private static void one(JsonNode s, String name, Set<String> allowed, List<String> problems) {
        if (s.hasNonNull(name) && !allowed.contains(s.get(name).asString(""))) {
            problems.add(name + ": " + s.get(name) + " is not an allowed value");
        }
    }

    private static void array(JsonNode s, String name, Set<String> allowed, List<String> problems) {
        if (!s.hasNonNull(name)) {
            return;
        }
        JsonNode values = s.get(name);
        if (!values.isArray() || values.isEmpty()) {
            problems.add(name + ": must be a non-empty array");
            return;
        }
        for (JsonNode value : values) {
            if (!allowed.contains(value.asString(""))) {
                problems.add(name + ": " + value + " is not an allowed value");
            }
        }
    }
}
