package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryActivityStoreTests extends ActivityStoreContract {

    @Override
    ActivityStore store() {
        return new InMemoryActivityStore();
    }

    @Test
    void tracesOlderThanTheRetentionAreDroppedByCommentTime() {
        InMemoryActivityStore store = new InMemoryActivityStore(Duration.ofMinutes(10), 1_000);
        store.record(trace("old", "ann", null, 0, "an old remark"));
        store.record(trace("new", "ann", null, 11 * 60, "a new remark"));
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(3_600), 10))
                .extracting(Trace::commentId)
                .containsExactly("new");
    }

    @Test
    void theOldestTracesGoBeyondTheCapacity() {
        InMemoryActivityStore store = new InMemoryActivityStore(Duration.ofHours(1), 3);
        for (int i = 0; i < 5; i++) {
            store.record(trace("c" + i, "ann", "203.0.113.5", i, "remark " + i));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.recent(List.of(Keys.address("203.0.113.5")), T0, T0.plusSeconds(10), 10))
                .extracting(Trace::commentId)
                .containsExactly("c4", "c3", "c2");
    }

    @Test
    void clearForgetsEverything() {
        InMemoryActivityStore store = new InMemoryActivityStore();
        store.record(trace("c1", "ann", null, 0, "remark"));
        store.clear();
        assertThat(store.size()).isZero();
        assertThat(store.recent(List.of(Keys.author("ann")), T0, T0, 10)).isEmpty();
    }
}
