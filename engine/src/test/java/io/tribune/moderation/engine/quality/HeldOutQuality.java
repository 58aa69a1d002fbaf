package io.tribune.moderation.engine.quality;

import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.SharedData;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.InMemoryActivityStore;
import io.tribune.moderation.engine.semantic.EncoderUnderTest;
import io.tribune.moderation.engine.semantic.Labelled;
import io.tribune.moderation.engine.semantic.SemanticDetectors;
import io.tribune.moderation.engine.semantic.SemanticSetup;
import io.tribune.moderation.engine.semantic.SentenceEncoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Held-out quality of the whole engine on the devset: k-fold cross-validation with a fixed seed,
 * stratified by edition, verdict and rule. Whatever the engine learns from labelled comments it learns
 * from the other folds only; the seen-data figure (trained on everything, scored on everything) is
 * printed beside it. Prints figures and ids, never comment texts.
 *
 * <pre>bench/quality.sh [--folds 5] [--seed 12] [--data FILE] [--encoder FOLDER] [--as-shipped]</pre>
 *
 * With {@code --as-shipped} only the engine as shipped is scored (nothing learned from the file): the
 * measure for data that must stay unseen, such as the readers' held-out half ({@code bench/quality.sh readers}).
 */
public final class HeldOutQuality {

    /** Builds an engine that has learned from the given labelled comments only. */
    public interface EngineMaker {
        Engine make(List<Devset.Item> training, InMemoryActivityStore store);
    }

    private HeldOutQuality() {}

    public static void main(String[] args) throws IOException {
        int folds = 5;
        long seed = 12;
        Path data = SharedData.find("devset.jsonl").orElse(null);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--lexical", "--heads-only", "--as-shipped" -> {}
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("devset.jsonl not found; pass --data FILE");
        }
        List<Devset.Item> items = Devset.read(data);
        PrintStream out = System.out;
        boolean asShipped = List.of(args).contains("--as-shipped");
        out.printf(
                Locale.ROOT,
                asShipped ? "data %s: %d items%n%n" : "devset %s: %d items, %d folds, seed %d%n%n",
                data.getFileName(),
                items.size(),
                folds,
                seed);
        boolean lexicalOnly = List.of(args).contains("--lexical");
        boolean headsOnly = List.of(args).contains("--heads-only");
        EngineMaker maker = lexicalOnly ? HeldOutQuality::lexicalEngine : new SemanticMaker(headsOnly);
        if (asShipped) {
            Tally shipped = new Tally();
            InMemoryActivityStore store = new InMemoryActivityStore();
            score(maker.make(List.of(), store), store, items, shipped);
            shipped.print(out, "As shipped (nothing learned from this file), " + engineName(lexicalOnly, headsOnly));
            return;
        }
        Results results = run(items, folds, seed, maker);
        String engine = engineName(lexicalOnly, headsOnly);
        results.heldOut().print(out, "Held out (" + folds + "-fold cross-validation), " + engine);
        results.seen().print(out, "Seen data (trained on all items, scored on all items), " + engine);
        if (!lexicalOnly) {
            Tally builtIn = new Tally();
            InMemoryActivityStore store = new InMemoryActivityStore();
            score(maker.make(List.of(), store), store, items, builtIn);
            builtIn.print(out, "Built-in examples only (no devset item trained on), " + engine);
        }
    }

    private static String engineName(boolean lexicalOnly, boolean headsOnly) {
        return lexicalOnly
                ? "lexical engine and n-gram classifier"
                : headsOnly
                        ? "semantic heads alone (read the en row: other editions have no encoder)"
                        : "with the semantic heads";
    }

    /** Held-out and seen-data tallies. */
    public record Results(Tally heldOut, Tally seen) {}

    public static Results run(List<Devset.Item> items, int k, long seed, EngineMaker maker) {
        List<List<Devset.Item>> folds = Devset.folds(items, k, seed);
        Tally heldOut = new Tally();
        InMemoryActivityStore store = new InMemoryActivityStore();
        for (int f = 0; f < k; f++) {
            List<Devset.Item> training = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            Engine engine = maker.make(training, store);
            score(engine, store, folds.get(f), heldOut);
        }
        Tally seen = new Tally();
        score(maker.make(items, store), store, items, seen);
        return new Results(heldOut, seen);
    }

    private static void score(Engine engine, InMemoryActivityStore store, List<Devset.Item> items, Tally tally) {
        for (Devset.Item item : items) {
            store.clear();
            tally.add(item, engine.screen(item.comment()).decision());
        }
    }

    private static Engine lexical;

    /** The engine without the encoder learns nothing from the devset: one engine serves every fold. */
    static Engine lexicalEngine(List<Devset.Item> training, InMemoryActivityStore store) {
        if (lexical == null) {
            PolicyBook none = PolicyBook.withOverrides(
                    new java.io.ByteArrayInputStream("defaults: { encoder: none }\n".getBytes(StandardCharsets.UTF_8)),
                    "lexical only");
            lexical = Engine.standard(EngineConfig.defaults().policies(none).component(ActivityStore.class, store));
        }
        return lexical;
    }

    /** The standard engine whose heads also learn from the training items of the edition's language. */
    static final class SemanticMaker implements EngineMaker {
        private final SentenceEncoder encoder = new CachingEncoder(EncoderUnderTest.shared());
        private final boolean headsOnly;

        SemanticMaker(boolean headsOnly) {
            this.headsOnly = headsOnly;
        }

        @Override
        public Engine make(List<Devset.Item> training, InMemoryActivityStore store) {
            SemanticSetup setup = EncoderUnderTest.setup(encoder);
            Map<String, List<Labelled>> byLanguage = new TreeMap<>();
            for (Devset.Item item : training) {
                byLanguage
                        .computeIfAbsent(item.edition(), e -> new ArrayList<>())
                        .add(new Labelled(
                                "devset:" + item.id(),
                                item.text(),
                                item.shouldBlock() ? item.rule() : null,
                                item.article()));
            }
            byLanguage.forEach(setup::training);
            EngineConfig config = EngineConfig.defaults()
                    .component(ActivityStore.class, store)
                    .component(SemanticSetup.class, setup);
            return headsOnly ? Engine.with(config, List.of(SemanticDetectors.create(config))) : Engine.standard(config);
        }
    }
}
