package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.RuleId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every activity store must do; each implementation's tests extend this. */
abstract class ActivityStoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** A new, empty store. */
    abstract ActivityStore store();

    static Trace trace(String id, String author, String address, int seconds, String text) {
        Gist gist = Gist.of(text);
        return new Trace(
                id, "en", author, address, T0.plusSeconds(seconds), gist.fingerprint(), gist.tokens(), false, Set.of());
    }

    @Test
    void aTraceIsFoundByEachOfItsKeys() {
        ActivityStore store = store();
        Trace trace = trace("c1", "ann", "203.0.113.5", 0, "The library should stay open on Sundays for students.");
        store.record(trace);
        for (String key : trace.keys()) {
            assertThat(store.recent(List.of(key), T0, T0, 10))
                    .as(key)
                    .singleElement()
                    .satisfies(found -> {
                        assertThat(found.commentId()).isEqualTo("c1");
                        assertThat(found.author()).isEqualTo("ann");
                        assertThat(found.address()).isEqualTo("203.0.113.5");
                        assertThat(found.at()).isEqualTo(T0);
                        assertThat(found.tokens()).isEqualTo(trace.tokens());
                        assertThat(found.fingerprint().similarity(trace.fingerprint()))
                                .isEqualTo(1.0);
                    });
        }
        assertThat(trace.keys()).contains("author:ann", "address:203.0.113.5", "network:203.0.113.0/24");
    }

    @Test
    void recentKeepsToTheWindowNewestFirstAndEachTraceOnce() {
        ActivityStore store = store();
        for (int i = 0; i < 5; i++) {
            store.record(trace("c" + i, "ann", "203.0.113.5", 30 * i, "comment number " + i));
        }
        List<Trace> found = store.recent(
                List.of(Keys.author("ann"), Keys.address("203.0.113.5")), T0.plusSeconds(30), T0.plusSeconds(90), 10);
        assertThat(found).extracting(Trace::commentId).containsExactly("c3", "c2", "c1");
        assertThat(store.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(200), 2))
                .extracting(Trace::commentId)
                .containsExactly("c4", "c3");
        assertThat(store.recent(List.of(Keys.author("bob")), T0, T0.plusSeconds(200), 10))
                .isEmpty();
    }

    @Test
    void recordingTheSameCommentAgainReplacesIt() {
        ActivityStore store = store();
        store.record(trace("c1", "ann", null, 0, "first version of the text"));
        store.record(trace("c1", "bob", null, 5, "second version of the text"));
        assertThat(store.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(10), 10))
                .isEmpty();
        assertThat(store.recent(List.of(Keys.author("bob")), T0, T0.plusSeconds(10), 10))
                .extracting(Trace::at)
                .containsExactly(T0.plusSeconds(5));
    }

    @Test
    void flaggedRulesAreRemembered() {
        ActivityStore store = store();
        store.record(trace("c1", "ann", null, 0, "some text"));
        store.record(trace("c2", "ann", null, 1, "more text"));
        store.flag(List.of("c1"), RuleId.FLOOD);
        store.flag(List.of("c1", "c2"), RuleId.FLASH_MOB);
        List<Trace> found = store.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(1), 10);
        assertThat(found.get(1).flagged()).containsExactlyInAnyOrder(RuleId.FLOOD, RuleId.FLASH_MOB);
        assertThat(found.get(0).flagged()).containsExactly(RuleId.FLASH_MOB);
    }

    @Test
    void nearDuplicatesShareAFingerprintBand() {
        ActivityStore store = store();
        store.record(
                trace("c1", "ann", null, 0, "The new bridge is a scandal. Every councillor who backed it must go!"));
        store.record(trace("c2", "bob", null, 1, "Lovely weather for the marathon this weekend, good luck to all."));
        Trace probe =
                trace("c3", "cat", null, 2, "The new bridge is a scandal! Every councillor who backed it must go.");
        List<String> bands = probe.fingerprint().bandKeys().stream()
                .map(band -> Keys.band("en", band))
                .toList();
        assertThat(store.recent(bands, T0, T0.plusSeconds(2), 10))
                .extracting(Trace::commentId)
                .containsExactly("c1");
    }

    @Test
    void anonymousCommentsAreFiledWithoutAuthorOrAddress() {
        ActivityStore store = store();
        Trace trace = trace("c1", null, null, 0, "Anonymous but perfectly reasonable remark about the budget.");
        store.record(trace);
        assertThat(trace.keys()).allMatch(key -> key.startsWith("band:"));
        assertThat(store.recent(trace.keys(), T0, T0, 10))
                .singleElement()
                .satisfies(found -> assertThat(found.account()).isEqualTo("anonymous:c1"));
    }

    /**
     * Forty readers of one /24 network (a stadium) and two earlier comments of the probe's author; the
     * probe itself, not recorded, posts from the same network.
     */
    static Trace busyNetwork(ActivityStore store) {
        for (int i = 0; i < 40; i++) {
            store.record(trace("fan" + i, "fan" + i, "198.51.100." + (100 + i), i, "Go team, what a match " + i));
        }
        store.record(trace("own1", "ann", "198.51.100.7", 41, "What a goal that was"));
        store.record(trace("own2", "ann", "198.51.100.7", 42, "And another one, unbelievable"));
        return trace("probe", "ann", "198.51.100.7", 45, "Three nil now");
    }

    @Test
    void aBusyNetworkIsReadOnlyUntilItShowsMoreAccountsThanATeam() {
        ActivityStore store = store();
        Trace probe = busyNetwork(store);
        List<Trace> nearby = store.nearby(probe, T0, 3, 500);
        assertThat(nearby)
                .extracting(Trace::commentId)
                .startsWith("own2", "own1")
                .hasSize(2 + 3);
        assertThat(nearby.subList(2, 5)).extracting(Trace::author).doesNotHaveDuplicates();
    }

    @Test
    void aTeamOfThreeOnOneNetworkIsReadWhole() {
        ActivityStore store = store();
        for (int i = 0; i < 6; i++) {
            String author = List.of("ann", "bob", "cat").get(i % 3);
            store.record(trace("t" + i, author, "192.0.2." + (70 + i % 3), 5 * i, "turn " + i));
        }
        Trace probe = trace("probe", "ann", "192.0.2.70", 30, "turn 6");
        assertThat(store.nearby(probe, T0, 3, 500))
                .extracting(Trace::commentId)
                .containsExactly("t5", "t4", "t3", "t2", "t1", "t0");
    }

    @Test
    void aPairOnOneAddressOfABusyNetworkIsReadWhole() {
        ActivityStore store = store();
        Trace probe = busyNetwork(store);
        for (int i = 0; i < 4; i++) {
            store.record(trace("pair" + i, i % 2 == 0 ? "bob" : null, "198.51.100.7", 30 + i, "Yes yes yes " + i));
        }
        List<Trace> nearby = store.nearby(probe, T0, 3, 500);
        assertThat(nearby)
                .extracting(Trace::commentId)
                .containsSubsequence("own2", "own1", "pair3", "pair2", "pair1", "pair0")
                .hasSizeLessThanOrEqualTo(6 + 3);
        assertThat(nearby.stream().map(Nearby::account).distinct())
                .as("the network still shows more accounts than a team")
                .hasSizeGreaterThan(3);
    }

    @Test
    void anAnonymousReaderOfACrowdedAddressStillSeesTheirOwnComments() {
        ActivityStore store = store();
        for (int i = 0; i < 20; i++) {
            store.record(trace("fan" + i, "fan" + i, "203.0.113.50", i, "fan comment " + i));
        }
        store.record(trace("anon1", null, "203.0.113.50", 30, "same line again"));
        Trace probe = trace("anon2", null, "203.0.113.50", 40, "same line again");
        assertThat(store.nearby(probe, T0, 3, 500))
                .extracting(Trace::commentId)
                .startsWith("anon1")
                .hasSizeBetween(1 + 3, 1 + 3 + 3);
        assertThat(store.nearby(probe, T0.plusSeconds(31), 3, 500)).isEmpty();
    }
}
