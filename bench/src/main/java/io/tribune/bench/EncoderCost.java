package io.tribune.bench;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.EncoderChoice;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.semantic.OnnxSentenceEncoder;
import io.tribune.moderation.engine.semantic.SemanticSetup;
import io.tribune.moderation.engine.semantic.ShippedEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the sentence encoder costs: per-comment encoder latency (p50, p99, max) on comments up to 1,000
 * chars, the engine's processor time per comment on one thread with and without the encoder, and the
 * resident memory the model adds (ONNX Runtime's memory is native, outside the Java heap).
 *
 * <pre>bench/encoder.sh [rounds] [--encoder FOLDER]</pre>
 * (a model folder, as in the policy's {@code encoder: FOLDER}, measured in the shipped encoder's place).
 */
public final class EncoderCost {

    private EncoderCost() {}

    public static void main(String[] args) throws IOException {
        int rounds = 5;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--encoder")) {
                folder = Path.of(args[++i]);
            } else {
                rounds = Integer.parseInt(args[i]);
            }
        }
        List<Comment> comments = SampleComments.load();
        List<String> texts = new ArrayList<>();
        for (Comment c : comments) {
            texts.add(c.text());
        }
        // Long comments too: the devset's are short, the budget is for up to 1,000 chars.
        String base = String.join(" ", texts);
        for (int i = 0; i < 40; i++) {
            int from = (i * 997) % Math.max(1, base.length() - 1_000);
            texts.add(base.substring(from, from + 1_000));
        }
        long rssBefore = rss();
        long heapBefore = heap();
        long started = System.nanoTime();
        OnnxSentenceEncoder encoder = folder == null ? ShippedEncoder.shared() : OnnxSentenceEncoder.open(folder, null);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        for (int i = 0; i < 50; i++) {
            encoder.encode(texts.get(i % texts.size()));
        }
        long rssAfter = rss();
        long heapAfter = heap();
        System.out.printf(
                Locale.ROOT,
                "encoder %s loaded in %d ms; resident memory +%d MB (heap +%d MB)%n",
                encoder.name(),
                loadMillis,
                (rssAfter - rssBefore) / (1024 * 1024),
                (heapAfter - heapBefore) / (1024 * 1024));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[texts.size() * rounds];
        long[] longNanos = new long[40 * rounds];
        long[] cpuNanos = new long[texts.size() * rounds];
        long[] longCpuNanos = new long[40 * rounds];
        int n = 0;
        int l = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                encoder.encode(texts.get(i));
                long took = System.nanoTime() - t;
                long cpuTook = threads.getCurrentThreadCpuTime() - c;
                cpuNanos[n] = cpuTook;
                nanos[n++] = took;
                if (i >= comments.size()) {
                    longCpuNanos[l] = cpuTook;
                    longNanos[l++] = took;
                }
            }
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(
                Locale.ROOT,
                "encoder per comment (%d encodings): p50 %.2f ms, p99 %.2f ms, max %.2f ms, CPU mean %.2f ms;"
                        + " 1,000-char comments: p50 %.2f ms, p99 %.2f ms%n",
                n,
                percentile(nanos, 50),
                percentile(nanos, 99),
                percentile(nanos, 100),
                cpu / 1e6 / n,
                percentile(longNanos, 50),
                percentile(longNanos, 99));
        System.out.printf(
                Locale.ROOT,
                "encoder processor time per comment: p50 %.2f ms, p99 %.2f ms; 1,000-char comments: p50 %.2f ms,"
                        + " p99 %.2f ms (steadier than wall clock on a shared machine)%n",
                percentile(cpuNanos, 50),
                percentile(cpuNanos, 99),
                percentile(longCpuNanos, 50),
                percentile(longCpuNanos, 99));

        Engine lexical = Engine.standard(EngineConfig.defaults()
                .policies(PolicyBook.withOverrides(
                        new ByteArrayInputStream("defaults: { encoder: none }\n".getBytes(StandardCharsets.UTF_8)),
                        "none")));
        Engine semantic = Engine.standard(EngineConfig.defaults()
                .component(SemanticSetup.class, new SemanticSetup().encoder(EncoderChoice.SHIPPED_MODEL, encoder)));
        for (int i = 0; i < 2; i++) {
            cpuPerComment(lexical, comments, threads);
            cpuPerComment(semantic, comments, threads);
        }
        List<Comment> english =
                comments.stream().filter(c -> c.edition().equals("en")).toList();
        for (int i = 0; i < 3; i++) {
            System.out.printf(
                    Locale.ROOT,
                    "engine CPU per comment, all six editions: without encoder %.0f µs, with %.0f µs;"
                            + " English only: without %.0f µs, with %.0f µs%n",
                    cpuPerComment(lexical, comments, threads, rounds),
                    cpuPerComment(semantic, comments, threads, rounds),
                    cpuPerComment(lexical, english, threads, rounds),
                    cpuPerComment(semantic, english, threads, rounds));
        }
    }

    private static double cpuPerComment(Engine engine, List<Comment> comments, ThreadMXBean threads) {
        return cpuPerComment(engine, comments, threads, 1);
    }

    private static double cpuPerComment(Engine engine, List<Comment> comments, ThreadMXBean threads, int rounds) {
        long start = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (Comment c : comments) {
                engine.screen(c);
            }
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / (rounds * comments.size());
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }
}
