package io.tribune.bench;

import com.sun.management.OperatingSystemMXBean;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.learning.LearnedDetectors;
import io.tribune.moderation.engine.lexical.LexicalDetectors;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Prints the processor time one comment costs: the screening thread's own, and the whole process's
 * (which also counts work a library hands to other threads, and the garbage collector and compiler).
 * Unlike wall-clock throughput it barely moves when other jobs share the machine's cores.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.tribune.bench.EngineCpuTime [warm-up rounds] [rounds]
 * [detectors]}, where the detectors are {@code all} (the standard engine, the default), {@code lexical}
 * (the lexicons alone) or {@code classifier} (the trained text classifier alone, whose built-in models
 * are trained while the engine is built).
 */
public final class EngineCpuTime {

    private EngineCpuTime() {}

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String detectors = args.length > 2 ? args[2] : "all";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long building = threads.getCurrentThreadCpuTime();
        Engine engine = engine(detectors, EngineConfig.defaults());
        System.out.printf(
                Locale.ROOT,
                "%s detectors: engine built in %d ms of the thread's CPU%n",
                detectors,
                (threads.getCurrentThreadCpuTime() - building) / 1_000_000);
        List<Comment> comments = SampleComments.load();
        for (int round = 0; round < warmUp; round++) {
            comments.forEach(engine::screen);
        }
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread = threads.getCurrentThreadCpuTime();
        long all = process.getProcessCpuTime();
        long wall = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            comments.forEach(engine::screen);
        }
        double n = (double) rounds * comments.size();
        double threadMicros = (threads.getCurrentThreadCpuTime() - thread) / 1e3 / n;
        double processMicros = (process.getProcessCpuTime() - all) / 1e3 / n;
        System.out.printf(
                Locale.ROOT,
                "%d comments: %.1f us of the screening thread's CPU each (%.0f/s per core), %.1f us of the"
                        + " process's CPU each (%.0f/s per core), %.1f us wall each%n",
                (long) n,
                threadMicros,
                1e6 / threadMicros,
                processMicros,
                1e6 / processMicros,
                (System.nanoTime() - wall) / 1e3 / n);
    }

    private static Engine engine(String detectors, EngineConfig config) {
        return switch (detectors) {
            case "all" -> Engine.standard(config);
            case "lexical" -> Engine.with(config, LexicalDetectors.create(config));
            case "classifier" -> Engine.with(config, LearnedDetectors.create(config));
            default -> throw new IllegalArgumentException("detectors are all, lexical or classifier: " + detectors);
        };
    }
}
