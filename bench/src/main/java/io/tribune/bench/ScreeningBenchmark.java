package io.tribune.bench;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Outcome;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole screening pipeline on realistic comments in all six edition languages, one comment per
 * invocation, cycling through the sample. Throughput gives comments/s on one core (one thread);
 * sample time gives the distribution (p50, p99) per comment.
 */
@State(Scope.Thread)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {

    private Engine engine;
    private List<Comment> comments;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        engine = Engine.standard(EngineConfig.defaults());
        comments = SampleComments.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Outcome throughput() {
        return screenNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Outcome latency() {
        return screenNext();
    }

    private Outcome screenNext() {
        Comment comment = comments.get(next);
        next = (next + 1) % comments.size();
        return engine.screen(comment);
    }
}
