package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PermitsTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Permits permits = new Permits("test.busy", 1, Duration.ofMillis(100), meters);

    @Test
    void workBeyondTheBoundWaitsItsTurnAndIsRefusedAsBusyWhenTheTurnDoesNotCome() throws Exception {
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(
                    () -> permits.run(() -> {
                        started.countDown();
                        await(finish);
                        return "first";
                    }),
                    threads);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> permits.run(() -> "second")).isInstanceOf(Busy.class);
            assertThat(meters.counter("test.busy").count()).isEqualTo(1);

            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(permits.run(() -> "third")).isEqualTo("third");
        }
    }

    @Test
    void aPermitIsGivenBackWhenTheWorkFails() {
        assertThatThrownBy(() -> permits.run(() -> {
                    throw new IllegalStateException("broken");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(permits.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
