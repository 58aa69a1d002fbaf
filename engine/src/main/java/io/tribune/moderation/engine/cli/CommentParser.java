package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.Standing;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one input line into a comment: {@code id}, {@code edition} and {@code text} are required; a
 * missing {@code at} is one second after the previous comment; a missing {@code author} is anonymous.
 * Lone surrogates are replaced (same length, so offsets hold).
 */
final class CommentParser {

    /** A line that cannot be screened, with the reason. */
    static final class Rejected extends Exception {

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonMapper json;
    private final PolicyBook policies;
    private Instant previous = Instant.EPOCH.minusSeconds(1);

    CommentParser(JsonMapper json, PolicyBook policies) {
        this.json = json;
        this.policies = policies;
    }

    Comment parse(String line) throws Rejected {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new Rejected("invalid JSON: " + firstLine(e.getOriginalMessage()));
        }
        return parse(node);
    }

    Comment parse(JsonNode node) throws Rejected {
        if (node == null || !node.isObject()) {
            throw new Rejected("expected a JSON object");
        }
        String id = required(node, "id");
        String edition = required(node, "edition");
        String text = required(node, "text");
        if (!policies.covers(edition)) {
            throw new Rejected(
                    "unknown edition '" + edition + "' (known: " + String.join(", ", policies.editions()) + ")");
        }
        Instant at = at(node);
        previous = at;
        return new Comment(
                id,
                edition,
                text,
                optional(node, "author"),
                optional(node, "ip"),
                at,
                article(node.get("article")),
                parentText(node.get("parent")),
                Standing.NEW);
    }

    private Instant at(JsonNode node) throws Rejected {
        String at = optional(node, "at");
        if (at == null) {
            return previous.plusSeconds(1);
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(at).toInstant();
            } catch (DateTimeParseException again) {
                throw new Rejected("'at' must be an ISO-8601 time such as 2026-03-01T10:00:05Z");
            }
        }
    }

    private static ArticleText article(JsonNode node) throws Rejected {
        if (node == null || node.isNull()) {
            return ArticleText.NONE;
        }
        if (!node.isObject()) {
            throw new Rejected("'article' must be an object with title, lead and body");
        }
        return new ArticleText(optional(node, "title"), optional(node, "lead"), optional(node, "body"));
    }

    private static String parentText(JsonNode node) throws Rejected {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new Rejected("'parent' must be an object with text");
        }
        return optional(node, "text");
    }

    private static String required(JsonNode node, String field) throws Rejected {
        String value = optional(node, field);
        if (value == null) {
            throw new Rejected("missing required field '" + field + "'");
        }
        if (!field.equals("text") && value.isBlank()) {
            throw new Rejected("field '" + field + "' is empty");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) throws Rejected {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return Surrogates.clean(value.stringValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        throw new Rejected("field '" + field + "' must be a string");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.lines().findFirst().orElse(message);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
