package io.tribune.moderation.engine.learning;

import io.tribune.moderation.engine.PolicyBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code moderate train --edition en --data FILE [--data-dir DIR] [--without-built-in]} ({@code --data -}
 * reads standard input): trains an
 * edition's classifier from labelled lines, prints how well it does on every fifth line held out,
 * then trains on everything and saves {@code <data-dir>/models/<edition>.model}. The built-in examples
 * of the edition's language are added unless {@code --without-built-in}, so that rules the file does
 * not cover keep their wording. The data folder defaults to {@code $TRIBUNE_MODERATION_DATA}, else
 * {@code data/moderation} under the working directory.
 */
public final class TrainCommand {

    private static final String USAGE =
            "usage: moderate train --edition EDITION --data FILE [--data-dir DIR] [--without-built-in]";
    private static final int HELD_OUT_EVERY = 5;
    private static final int MIN_FOR_HELD_OUT = 20;

    private TrainCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("moderate train: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        TrainingFile.Contents contents;
        try (Reader reader = options.data().toString().equals("-")
                ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(options.data(), StandardCharsets.UTF_8)) {
            contents = TrainingFile.read(reader);
        } catch (IOException e) {
            err.println("moderate train: cannot read " + options.data() + ": " + e.getMessage());
            return 1;
        }
        contents.problems().stream().limit(10).forEach(p -> err.println("moderate train: skipped " + p));
        if (contents.examples().isEmpty()) {
            err.println("moderate train: " + options.data() + " has no usable labelled lines");
            return 1;
        }
        List<Example> builtIn =
                options.withBuiltIn() ? DefaultModels.examples(languageOf(options.edition())) : List.of();
        List<String> labels = labelsOf(contents.examples());
        int bits = bitsFor(labels.size());
        long started = System.nanoTime();

        out.printf(
                Locale.ROOT,
                "moderate train: edition %s, %d examples from %s (%d lines skipped), %d built-in%n",
                options.edition(),
                contents.examples().size(),
                options.data(),
                contents.problems().size(),
                builtIn.size());
        printHeldOut(contents.examples(), builtIn, labels, bits, out);

        List<Example> all = new ArrayList<>(contents.examples());
        all.addAll(builtIn);
        Classifier classifier = Classifier.train(all, labels, bits, epochsFor(all.size()));
        Path file = EditionClassifiers.modelFile(options.dataDir(), options.edition());
        try {
            EditionClassifiers.write(classifier, file);
            out.printf(
                    Locale.ROOT,
                    "saved %s (%d KB, 2^%d hashed features, %d labels) in %.1f s%n",
                    file,
                    Files.size(file) / 1024,
                    bits,
                    labels.size(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("moderate train: cannot save " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Trains on four fifths of the file (plus the built-in lines) and scores the fifth held out. */
    private static void printHeldOut(
            List<Example> examples, List<Example> builtIn, List<String> labels, int bits, PrintStream out) {
        List<Example> train = new ArrayList<>(builtIn);
        List<Example> test = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (i % HELD_OUT_EVERY == 0 ? test : train).add(examples.get(i));
        }
        out.printf(Locale.ROOT, "  %-20s %8s %8s %6s %6s %6s%n", "label", "examples", "held-out", "P", "R", "F1");
        if (test.size() < MIN_FOR_HELD_OUT) {
            for (String label : labels) {
                out.printf(Locale.ROOT, "  %-20s %8d%n", label, count(examples, label));
            }
            out.println("  (too few lines to hold any out for a measurement)");
            return;
        }
        Classifier classifier = Classifier.train(train, labels, bits, epochsFor(train.size()));
        Scorecard card = Scorecard.of(classifier, test);
        for (String label : labels) {
            int held = card.support(label);
            if (held == 0) {
                out.printf(Locale.ROOT, "  %-20s %8d %8d%n", label, count(examples, label), held);
            } else {
                out.printf(
                        Locale.ROOT,
                        "  %-20s %8d %8d %6.3f %6.3f %6.3f%n",
                        label,
                        count(examples, label),
                        held,
                        card.precision(label),
                        card.recall(label),
                        card.f1(label));
            }
        }
        out.printf(
                Locale.ROOT,
                "  held out every %dth line (%d): macro F1 %.3f%n",
                HELD_OUT_EVERY,
                test.size(),
                card.macroF1());
    }

    private static long count(List<Example> examples, String label) {
        return examples.stream().filter(e -> e.label().equals(label)).count();
    }

    /** The built-in labels first, then any other rule the file teaches. */
    static List<String> labelsOf(List<Example> examples) {
        Set<String> labels = new LinkedHashSet<>(DefaultModels.LABELS);
        examples.forEach(e -> labels.add(e.label()));
        return List.copyOf(labels);
    }

    /** As many hashed features as keep the weights near 4 MB: 2^18 for two labels, 2^17 for seven. */
    static int bitsFor(int labels) {
        int bits = 18;
        while (bits > DefaultModels.BITS && (1L << bits) * labels > (1L << 20)) {
            bits--;
        }
        return bits;
    }

    /** Small sets need more passes; large ones converge in a few. */
    static int epochsFor(int examples) {
        return Math.max(8, Math.min(DefaultModels.EPOCHS, 60_000 / Math.max(1, examples)));
    }

    private static String languageOf(String edition) {
        PolicyBook book = PolicyBook.defaults();
        return book.covers(edition) ? book.policyFor(edition).language() : edition;
    }

    private record Options(String edition, Path data, Path dataDir, boolean withBuiltIn) {

        static Options parse(List<String> args) {
            String edition = null;
            Path data = null;
            Path dataDir = null;
            boolean withBuiltIn = true;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--edition" -> edition = value(args, ++i, arg);
                    case "--data" -> data = Path.of(value(args, ++i, arg));
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                    case "--without-built-in" -> withBuiltIn = false;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (edition == null || !edition.matches("[a-z]{2,3}([-_][a-zA-Z0-9]{2,8})?")) {
                throw new IllegalArgumentException("--edition must name an edition such as en");
            }
            if (data == null) {
                throw new IllegalArgumentException("--data FILE is required");
            }
            return new Options(edition, data, dataDir == null ? defaultDataDir() : dataDir, withBuiltIn);
        }

        private static String value(List<String> args, int i, String name) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args.get(i);
        }

        private static Path defaultDataDir() {
            String configured = System.getenv("TRIBUNE_MODERATION_DATA");
            return configured == null || configured.isBlank() ? Path.of("data", "moderation") : Path.of(configured);
        }
    }
}
