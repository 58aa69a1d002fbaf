package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.PolicyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
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

/**
 * {@code moderate train-semantic --edition EDITION --data FILE --data-dir DIR [--policy FILE]}
 * ({@code --data -} reads standard input): trains the edition's semantic heads on its encoder (from the
 * policy) with the labelled lines — {@code {"text": "...", "label": "hate"}} or {@code "label": "ok"}, with
 * an optional {@code id} and {@code article} {title, lead} — plus the built-in examples of its language,
 * and saves {@code DIR/semantic/heads-EDITION.json}, which the engine then reads at start. Run it again
 * after changing the edition's model: heads of another dimension are refused.
 */
public final class TrainSemanticCommand {

    private static final String USAGE =
            "usage: moderate train-semantic --edition EDITION --data FILE --data-dir DIR [--policy FILE]";

    private TrainSemanticCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String edition = null;
        String data = null;
        String dataDir = null;
        String policyFile = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String value = i + 1 < args.size() ? args.get(i + 1) : null;
                switch (args.get(i)) {
                    case "--edition" -> edition = value;
                    case "--data" -> data = value;
                    case "--data-dir" -> dataDir = value;
                    case "--policy" -> policyFile = value;
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
                if (value == null) {
                    throw new IllegalArgumentException(args.get(i) + " needs a value");
                }
                i++;
            }
            if (edition == null || data == null || dataDir == null) {
                throw new IllegalArgumentException("--edition, --data and --data-dir are required");
            }
        } catch (IllegalArgumentException e) {
            err.println("moderate train-semantic: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Policy policy;
        try {
            PolicyBook book =
                    policyFile == null ? PolicyBook.defaults() : PolicyBook.withOverrides(Path.of(policyFile));
            if (!book.editions().contains(edition)) {
                err.println("moderate train-semantic: no edition " + edition + " in the policy");
                return 2;
            }
            policy = book.policyFor(edition);
        } catch (PolicyException | java.io.UncheckedIOException e) {
            err.println("moderate train-semantic: bad policy: " + e.getMessage());
            return 2;
        }
        if (policy.encoder().isNone()) {
            err.println("moderate train-semantic: edition " + edition + " has no sentence encoder (encoder: none)");
            return 2;
        }
        Path folder = Path.of(dataDir);
        List<Labelled> labelled = new ArrayList<>();
        int skipped;
        try (Reader reader = data.equals("-")
                ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(data), StandardCharsets.UTF_8)) {
            skipped = read(new BufferedReader(reader), labelled, err);
        } catch (IOException e) {
            err.println("moderate train-semantic: cannot read " + data + ": " + e.getMessage());
            return 1;
        }
        if (labelled.isEmpty()) {
            err.println("moderate train-semantic: " + data + " has no usable labelled lines");
            return 1;
        }
        SentenceEncoder encoder;
        try {
            encoder = new SemanticSetup().encoder(policy.encoder(), folder);
        } catch (EncoderException e) {
            err.println("moderate train-semantic: " + e.getMessage());
            return 2;
        }
        if (!encoder.covers(policy.language())) {
            err.println("moderate train-semantic: the encoder " + encoder.name() + " covers " + encoder.languages()
                    + ", not " + policy.language());
            return 2;
        }
        List<Labelled> all = Counterfactuals.expand(
                SemanticSetup.concat(SemanticDetectors.builtIn(policy.language()), labelled),
                Counterfactuals.groups(policy.language()));
        SemanticHeads heads = SemanticHeads.train(encoder, all);
        Path file = folder.resolve("semantic").resolve("heads-" + edition + ".json");
        try {
            Files.createDirectories(file.getParent());
            heads.save(file);
        } catch (IOException e) {
            err.println("moderate train-semantic: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(
                Locale.ROOT,
                "moderate train-semantic: edition %s on %s (dimension %d): %d labelled lines (%d skipped) and %d"
                        + " built-in examples; heads for %s saved to %s%n",
                edition,
                encoder.name(),
                encoder.dimension(),
                labelled.size(),
                skipped,
                all.size() - labelled.size(),
                heads.rules(),
                file);
        return 0;
    }

    private static int read(BufferedReader reader, List<Labelled> into, PrintStream err) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        int number = 0;
        int skipped = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                String text = node.path("text").asString("");
                Optional<Labelled> labelled = text.isBlank()
                        ? Optional.empty()
                        : Labelled.of(
                                node.path("id").asString("line-" + number),
                                text,
                                node.path("label").asString(""),
                                Labelled.article(node.path("article")));
                into.add(labelled.orElseThrow(() -> new IllegalArgumentException(
                        "needs a text and a label (ok, ok:RULE for a near miss of one rule, or a rule id)")));
            } catch (JacksonException | IllegalArgumentException e) {
                skipped++;
                if (skipped <= 10) {
                    err.println("moderate train-semantic: skipped line " + number + ": " + e.getMessage());
                }
            }
        }
        return skipped;
    }
}
