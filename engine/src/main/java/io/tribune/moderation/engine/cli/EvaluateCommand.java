package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code moderate evaluate}: runs the engine over labelled comments and scores its decisions. Reads
 * single comments (the devset format: {@code expected}, {@code rules}, {@code note}) and threads
 * ({@code comments} arrays, each screened in order with a fresh activity store, revisions applied
 * before scoring). Each single comment is screened with a fresh store too, so unrelated items never
 * form a mob.
 */
final class EvaluateCommand {

    private final EngineSetup.Built built;
    private final JsonMapper json;
    private final PrintStream err;
    private int problems;

    EvaluateCommand(EngineSetup.Built built, JsonMapper json, PrintStream err) {
        this.built = built;
        this.json = json;
        this.err = err;
    }

    /** The problems met: unreadable lines and items without a usable label. */
    int problems() {
        return problems;
    }

    Scoreboard run(List<Path> files) throws IOException {
        Scoreboard board = new Scoreboard();
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        evaluate(file + ":" + number, line, board);
                    }
                }
            }
        }
        return board;
    }

    private void evaluate(String where, String line, Scoreboard board) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            problem(where, "invalid JSON");
            return;
        }
        if (!node.isObject()) {
            problem(where, "expected a JSON object");
        } else if (node.get("comments") != null) {
            thread(where, node, board);
        } else {
            single(where, node, board);
        }
    }

    private void single(String where, JsonNode item, Scoreboard board) {
        built.store().clear();
        Session session = new Session(built.engine(), ModerateCommand.MEMORY);
        CommentParser parser = new CommentParser(json, built.engine().policies());
        Optional<Label> label = label(where, item);
        Optional<Comment> comment = comment(where, parser, item);
        if (label.isEmpty() || comment.isEmpty()) {
            return;
        }
        Decision decision = session.screen(comment.get()).decision();
        score(board, label.get(), decision);
    }

    private void thread(String where, JsonNode thread, Scoreboard board) {
        JsonNode comments = thread.get("comments");
        if (!comments.isArray()) {
            problem(where, "'comments' must be an array");
            return;
        }
        built.store().clear();
        Session session = new Session(built.engine(), ModerateCommand.MEMORY);
        CommentParser parser = new CommentParser(json, built.engine().policies());
        List<Label> labels = new ArrayList<>();
        for (JsonNode c : comments) {
            if (!c.isObject()) {
                problem(where, "a thread comment must be an object");
                continue;
            }
            ObjectNode full = (ObjectNode) c.deepCopy();
            for (String shared : List.of("edition", "article")) {
                if (full.get(shared) == null && thread.get(shared) != null) {
                    full.set(shared, thread.get(shared));
                }
            }
            Optional<Label> label = label(where, full);
            Optional<Comment> comment = comment(where, parser, full);
            if (label.isPresent() && comment.isPresent()) {
                session.screen(comment.get());
                labels.add(label.get());
            }
        }
        for (Label label : labels) {
            score(board, label, session.decision(label.id()));
        }
    }

    private static void score(Scoreboard board, Label label, Decision decision) {
        board.add(label.id(), label.expected(), label.rule(), decision, label.isTricky());
    }

    private Optional<Comment> comment(String where, CommentParser parser, JsonNode node) {
        try {
            return Optional.of(parser.parse(node));
        } catch (CommentParser.Rejected e) {
            problem(where, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Label> label(String where, JsonNode node) {
        String id = node.path("id").asString("");
        String expected = node.path("expected").asString("").toUpperCase(Locale.ROOT);
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(expected);
        } catch (IllegalArgumentException e) {
            problem(where, "item " + id + " has no 'expected' approve, hold or reject");
            return Optional.empty();
        }
        RuleId rule = null;
        JsonNode rules = node.path("rules");
        if (rules.isArray() && !rules.isEmpty()) {
            String first = rules.get(0).asString("");
            rule = RuleId.fromId(first).orElse(null);
            if (rule == null) {
                problem(where, "item " + id + " names an unknown rule '" + first + "'");
                return Optional.empty();
            }
        }
        boolean tricky = node.path("note").asString("").startsWith("tricky:");
        return Optional.of(new Label(id, verdict, rule, tricky));
    }

    private void problem(String where, String message) {
        problems++;
        err.println("evaluate: " + where + ": " + message);
    }

    /** What an item is labelled. */
    private record Label(String id, Verdict expected, RuleId rule, boolean isTricky) {}
}
