package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.learning.TrainCommand;
import io.tribune.moderation.engine.semantic.TrainSemanticCommand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code moderate} command line: screens JSON lines from standard input ({@code moderate}),
 * trains a classifier ({@code moderate train}) or scores the engine on labelled data ({@code
 * moderate evaluate}). Exit codes: 0 done, 1 input or output failed, 2 bad arguments or policy.
 */
public final class ModerationCli {

    static final String USAGE = """
            usage:
              moderate [--policy FILE] [--data-dir DIR] < comments.jsonl > decisions.jsonl
              moderate train ARGS...
              moderate train-semantic --edition EDITION --data FILE --data-dir DIR [--policy FILE]
              moderate evaluate --data FILE [--data FILE...] [--policy FILE] [--data-dir DIR] [--json] [--mistakes]

            moderate: one JSON object per input line, in order:
              {"id":"c1","edition":"en","text":"...","author":"u1","ip":"203.0.113.5",
               "at":"2026-03-01T10:00:05Z","article":{"title":"...","lead":"...","body":"..."},"parent":{"text":"..."}}
              only id, edition and text are required; a missing at is one second after the previous line,
              a missing author is a distinct anonymous author. One decision line per input line, plus a line
              with "revision":true for each earlier comment a later one changed (flash mob, flood), and
              {"line":N,"error":"..."} for a line that cannot be screened.
            --policy FILE    merge this YAML/JSON policy over the built-in one
            --data-dir DIR   the operator's folder of lexicons, blocklists and models
            train-semantic   trains an edition's semantic heads on its encoder from labelled lines
                             {"text":"...","label":"ok"|RULE} and saves DIR/semantic/heads-EDITION.json
            evaluate --json  print a machine-readable summary instead of the table
            evaluate --mistakes  also list the ids decided differently from their labels
            """;

    private ModerationCli() {}

    /** Says, per edition, whether the semantic heads screen it or the lexical engine works alone. */
    private static void status(EngineSetup.Built built, PrintStream err) {
        built.engine()
                .semanticStatus()
                .forEach((edition, status) -> err.println("moderate: edition " + edition + ": " + status));
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (!rest.isEmpty() && rest.getFirst().equals("moderate")) {
            rest.removeFirst();
        }
        if (!rest.isEmpty()
                && (rest.getFirst().equals("--help") || rest.getFirst().equals("-h"))) {
            out.print(USAGE);
            return 0;
        }
        if (!rest.isEmpty() && rest.getFirst().equals("train")) {
            return TrainCommand.run(List.copyOf(rest.subList(1, rest.size())), in, out, err);
        }
        if (!rest.isEmpty() && rest.getFirst().equals("train-semantic")) {
            return TrainSemanticCommand.run(List.copyOf(rest.subList(1, rest.size())), in, out, err);
        }
        if (!rest.isEmpty() && rest.getFirst().equals("evaluate")) {
            return evaluate(rest.subList(1, rest.size()), out, err);
        }
        return moderate(rest, in, out, err);
    }

    private static int moderate(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        EngineSetup.Built built;
        try {
            options = Options.parse(args, Set.of("--policy", "--data-dir"), Set.of());
            built = EngineSetup.build(options.value("--policy"), options.value("--data-dir"));
        } catch (Options.Invalid e) {
            return refuse(err, e.getMessage(), true);
        } catch (EngineSetup.Failed e) {
            return refuse(err, e.getMessage(), false);
        }
        status(built, err);
        JsonMapper json = JsonMapper.builder().build();
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            new ModerateCommand(built.engine(), json).run(reader(in), writer);
            writer.flush();
        } catch (IOException e) {
            err.println("moderate: " + e.getMessage());
            return 1;
        }
        return out.checkError() ? 1 : 0;
    }

    private static int evaluate(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        EngineSetup.Built built;
        List<Path> files = new ArrayList<>();
        try {
            options = Options.parse(args, Set.of("--data", "--policy", "--data-dir"), Set.of("--json", "--mistakes"));
            for (String data : options.values("--data")) {
                Path file = Path.of(data);
                if (!Files.isRegularFile(file)) {
                    throw new Options.Invalid("data file " + data + " does not exist or is not a file");
                }
                files.add(file);
            }
            if (files.isEmpty()) {
                throw new Options.Invalid("evaluate needs --data FILE");
            }
            built = EngineSetup.build(options.value("--policy"), options.value("--data-dir"));
        } catch (Options.Invalid e) {
            return refuse(err, e.getMessage(), true);
        } catch (EngineSetup.Failed e) {
            return refuse(err, e.getMessage(), false);
        }
        status(built, err);
        JsonMapper json = JsonMapper.builder().build();
        EvaluateCommand command = new EvaluateCommand(built, json, err);
        Scoreboard board;
        try {
            board = command.run(files);
        } catch (IOException e) {
            err.println("moderate evaluate: " + e.getMessage());
            return 1;
        }
        if (options.has("--json")) {
            var summary = board.json(json);
            summary.put("problems", command.problems());
            if (options.has("--mistakes")) {
                var list = summary.putArray("mistakes");
                for (Scoreboard.Mistake m : board.mistakes()) {
                    var mistake = list.addObject();
                    mistake.put("id", m.id());
                    mistake.put("expected", m.expected().id());
                    mistake.put(
                            "expectedRule",
                            m.expectedRule() == null ? null : m.expectedRule().id());
                    mistake.put("decided", m.decided().id());
                    mistake.put(
                            "decidedRule",
                            m.decidedRule() == null ? null : m.decidedRule().id());
                }
            }
            out.println(json.writeValueAsString(summary));
        } else {
            out.print(board.table());
            if (command.problems() > 0) {
                out.println("problems (see stderr): " + command.problems());
            }
            if (options.has("--mistakes")) {
                out.println();
                board.mistakes()
                        .forEach(m -> out.println("mistake " + m.id() + ": expected "
                                + m.expected().id() + " "
                                + (m.expectedRule() == null
                                        ? "-"
                                        : m.expectedRule().id()) + ", got "
                                + m.decided().id() + " "
                                + (m.decidedRule() == null
                                        ? "-"
                                        : m.decidedRule().id())));
            }
        }
        out.flush();
        return out.checkError() ? 1 : 0;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    private static int refuse(PrintStream err, String message, boolean showUsage) {
        err.println("moderate: " + message);
        if (showUsage) {
            err.print(USAGE);
        }
        return 2;
    }
}
