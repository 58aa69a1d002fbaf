package io.tribune.bench;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import java.util.List;

/** Prints how long building the standard engine takes and how much heap it holds afterwards. */
public final class EngineFootprint {

    private EngineFootprint() {}

    public static void main(String[] args) {
        long before = usedHeap();
        long started = System.nanoTime();
        Engine engine = Engine.standard(EngineConfig.defaults());
        List<Comment> comments = SampleComments.load();
        // The first screening in each edition loads what is built lazily (language models, classifiers).
        comments.forEach(engine::screen);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long after = usedHeap();
        System.out.printf(
                "engine built and first %d comments screened in %d ms; heap held by the engine: %d MB%n",
                comments.size(), loadMillis, (after - before) / (1024 * 1024));
        if (engine.policies().editions().isEmpty()) {
            throw new IllegalStateException("no editions");
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
