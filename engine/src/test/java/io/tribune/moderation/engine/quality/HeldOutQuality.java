package io.tribune.moderation.engine.quality;

import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.SharedData;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.InMemoryActivityStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Held-out quality of the whole engine on the devset: k-fold cross-validation with a fixed seed,
 * stratified by edition, verdict and rule. Whatever the engine learns from labelled comments it learns
 * from the other folds only; the seen-data figure (trained on everything, scored on everything) is
 * printed beside it. Prints figures and ids, never comment texts.
 *
 * <pre>bench/quality.sh [--folds 5] [--seed 12] [--data FILE]</pre>
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
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("devset.jsonl not found; pass --data FILE");
        }
        List<Devset.Item> items = Devset.read(data);
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "devset %s: %d items, %d folds, seed %d%n%n",
                data.getFileName(),
                items.size(),
                folds,
                seed);
        Results results = run(items, folds, seed, HeldOutQuality::standardEngine);
        results.heldOut().print(out, "Held out (" + folds + "-fold cross-validation)");
        results.seen().print(out, "Seen data (trained on all items, scored on all items)");
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

    private static Engine cached;

    /** Today's engine learns nothing from the devset: one engine serves every fold. */
    static Engine standardEngine(List<Devset.Item> training, InMemoryActivityStore store) {
        if (cached == null) {
            EngineConfig config = EngineConfig.defaults().component(ActivityStore.class, store);
            cached = Engine.standard(config);
        }
        return cached;
    }
}
