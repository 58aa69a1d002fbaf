package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Outcome;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.Revision;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityRulesTests {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final EngineConfig config = EngineConfig.defaults().component(ActivityStore.class, store());
    private Engine engine = Engine.with(config, ActivityDetectors.create(config));

    /** The store the engine keeps its activity in; another kind of store runs these rules over it. */
    ActivityStore store() {
        return new InMemoryActivityStore();
    }

    @Test
    void burstOfJunkFromOneAccountIsFloodAndRevisesTheEarlierComments() {
        String[] junk = {"hi", "qwertyuiop", "lol lol lol", "!!!!", "hahahahaha", "ok"};
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < junk.length; i++) {
            outcomes.add(screen("j" + i, junk[i], "dan", "203.0.113.9", 8 * i));
        }
        assertThat(outcomes.get(3).decision().verdict()).isEqualTo(Verdict.APPROVE);
        Outcome fifth = outcomes.get(4);
        assertThat(fifth.decision().verdict()).isEqualTo(Verdict.REJECT);
        RuleHit hit = fifth.decision().primary().orElseThrow();
        assertThat(hit.rule()).isEqualTo(RuleId.FLOOD);
        assertThat(hit.evidence()).contains(new Evidence.Rate("author", 5, java.time.Duration.ofSeconds(120), 4));
        assertThat(fifth.revisions()).extracting(Revision::commentId).containsExactly("j0", "j1", "j2", "j3");
        assertThat(outcomes.get(5).decision().hit(RuleId.FLOOD)).isTrue();
        assertThat(outcomes.get(5).revisions()).isEmpty();
    }

    @Test
    void twoAccountsTakingTurnsFromNeighbouringAddressesAreAFlood() {
        String[] lines = {"vroom", "beep beep", "zoom", "xD", "honk", "vroom again"};
        Outcome last = null;
        for (int i = 0; i < lines.length; i++) {
            String author = i % 2 == 0 ? "racer_a" : "racer_b";
            String address = i % 2 == 0 ? "192.0.2.77" : "192.0.2.78";
            last = screen("t" + i, lines[i], author, address, 9 * i);
            if (i == 4) {
                assertThat(last.decision().hit(RuleId.FLOOD)).isTrue();
                assertThat(last.revisions()).hasSize(4);
            }
        }
        assertThat(last.decision().primary().orElseThrow().evidence()).contains(new Evidence.Measure("accounts", 2));
    }

    @Test
    void threeAccountsTakingTurnsOnOneNetworkAreAFlood() {
        String[] lines = {"vroom", "beep beep", "zoom", "xD", "honk", "vroom again"};
        Outcome last = null;
        for (int i = 0; i < lines.length; i++) {
            last = screen("u" + i, lines[i], "trio_" + i % 3, "192.0.2." + (40 + i % 3), 9 * i);
        }
        assertThat(last.decision().hit(RuleId.FLOOD)).isTrue();
        assertThat(last.decision().primary().orElseThrow().evidence()).contains(new Evidence.Measure("accounts", 3));
    }

    @Test
    void aPairOnOneAddressOfABusyNetworkIsStillAFlood() {
        for (int i = 0; i < 30; i++) {
            screen("v" + i, "Come on you reds, what a night " + i, "fan" + i, "198.51.100." + (100 + i), i);
        }
        String[] junk = {"go go go", "yesss", "ooooooo", "!!!!", "what a goal", "wow"};
        Outcome team = null;
        for (int i = 0; i < junk.length; i++) {
            team = screen("p" + i, junk[i], i % 2 == 0 ? "pair_a" : "pair_b", "198.51.100.80", 30 + 10 * i);
        }
        assertThat(team.decision().hit(RuleId.FLOOD)).isTrue();
        assertThat(team.decision().primary().orElseThrow().evidence()).contains(new Evidence.Measure("accounts", 2));
    }

    @Test
    void twoAccountsOnOneAddressAreATeamButACrowdOnOneAddressIsNot() {
        String[] junk = {"go go go", "yesss", "ooooooo", "!!!!", "what a goal", "wow"};
        Outcome team = null;
        for (int i = 0; i < junk.length; i++) {
            team = screen("a" + i, junk[i], i % 2 == 0 ? "pair_a" : "pair_b", "203.0.113.80", 10 * i);
        }
        assertThat(team.decision().hit(RuleId.FLOOD)).isTrue();
        for (int i = 0; i < 10; i++) {
            Outcome crowd = screen("s" + i, junk[i % junk.length], "fan" + i, "198.51.100.200", 1_000 + 8 * i);
            assertThat(crowd.decision().hit(RuleId.FLOOD))
                    .as("stadium comment %d", i)
                    .isFalse();
        }
    }

    @Test
    void anonymousJunkFromOneAddressIsAFlood() {
        Outcome last = null;
        for (int i = 0; i < 5; i++) {
            last = screen("an" + i, "qwerty" + "!".repeat(i), null, "203.0.113.99", 6 * i);
        }
        assertThat(last.decision().hit(RuleId.FLOOD)).isTrue();
    }

    @Test
    void theSameLineRepeatedIsAFlood() {
        Outcome last = null;
        for (int i = 0; i < 3; i++) {
            last = screen("r" + i, "bike lanes mean traffic jams for everyone here", "driver", null, 12 * i);
        }
        assertThat(last.decision().hit(RuleId.FLOOD)).isTrue();
        assertThat(last.decision().primary().orElseThrow().evidence())
                .anySatisfy(e -> assertThat(e).isInstanceOf(Evidence.Similar.class));
    }

    @Test
    void coherentFollowUpsFromOneReaderAreNotAFlood() {
        String[] posts = {
            "The fine is roughly three percent of what they paid out to shareholders last year.",
            "Correction: it is closer to four percent, I misread the table in the report.",
            "Also worth noting that the regulator can now block bonuses, which may matter more.",
            "Sorry for posting three times in a row, the edit button did not work for me.",
            "The report is on their investor page; the dividend table is near the end."
        };
        for (int i = 0; i < posts.length; i++) {
            Outcome outcome = screen("f" + i, posts[i], "ellie", "203.0.113.66", 40 * i);
            assertThat(outcome.decision().verdict()).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void manyCommentsAreAFloodWhateverTheySayOnlyPastTheRateLimit() {
        String[] remarks = {
            "The council budget leaves the libraries with less money than last year.",
            "Parks get a small rise, though it barely covers inflation.",
            "Road repairs take the biggest share, which the report explains well.",
            "I wonder whether the bus subsidy survives the second reading.",
            "Schools are funded by the region, so they are not in this budget.",
            "The reserve fund drops to its lowest level in a decade.",
        };
        for (int i = 0; i < remarks.length; i++) {
            Outcome outcome = screen("m" + i, remarks[i], "busy", null, 10 * i);
            assertThat(outcome.decision().verdict()).isEqualTo(Verdict.APPROVE);
        }
        Outcome seventh = screen(
                "m6", "Yet another considered remark about the council budget and its priorities.", "busy", null, 60);
        assertThat(seventh.decision().primary().orElseThrow().evidence())
                .contains(new Evidence.Rate("author", 7, java.time.Duration.ofSeconds(120), 6));
    }

    @Test
    void nearDuplicatesFromFourAccountsAreAMobAndRevealTheEarlierMembers() {
        String[] variants = {
            "The new bridge is a scandal. Every councillor who backed it should step down!",
            "This new bridge is a scandal. Every councillor who backed it should step down now!",
            "The new bridge is a SCANDAL! Every councillor who backed it should step down.",
            "the new bridge is a scandal, every councillor who backed it should step down!!",
            "The new bridge is a scandal. All the councillors who backed it should step down!"
        };
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            outcomes.add(screen("b" + i, variants[i], "user" + i, "198.51.100." + (10 * i), 40 * i));
        }
        assertThat(outcomes.get(2).decision().verdict()).isEqualTo(Verdict.APPROVE);
        Outcome fourth = outcomes.get(3);
        assertThat(fourth.decision().primary().orElseThrow().rule()).isEqualTo(RuleId.FLASH_MOB);
        Evidence.Similar similar = (Evidence.Similar)
                fourth.decision().primary().orElseThrow().evidence().getFirst();
        assertThat(similar.accounts()).isEqualTo(4);
        assertThat(similar.commentIds()).containsExactlyInAnyOrder("b0", "b1", "b2");
        assertThat(fourth.revisions()).extracting(Revision::commentId).containsExactly("b0", "b1", "b2");
        assertThat(outcomes.get(4).decision().hit(RuleId.FLASH_MOB)).isTrue();
        assertThat(outcomes.get(4).revisions()).as("members are revised once").isEmpty();
    }

    @Test
    void shortCommonReactionsFromManyReadersAreNotAMob() {
        for (int i = 0; i < 8; i++) {
            Outcome outcome = screen(
                    "g" + i,
                    i % 2 == 0 ? "Great article!" : "Thank you for this.",
                    "reader" + i,
                    "203.0.113." + i,
                    20 * i);
            assertThat(outcome.decision().verdict()).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void readersQuotingTheSameCommentAreNotAMob() {
        String parent = "The new bridge is a scandal. Every councillor who backed it should step down!";
        String[] replies = {
            "> " + parent + "\nI could not disagree more.",
            parent + " Really? It cut my commute in half.",
            "> " + parent + "\nThey were elected to decide exactly this.",
            parent + "\nSource for the scandal part?",
            "> " + parent + "\nAgreed, partly."
        };
        for (int i = 0; i < replies.length; i++) {
            Outcome outcome = engine.screen(new Comment(
                    "q" + i,
                    "en",
                    replies[i],
                    "reader" + i,
                    "203.0.113." + (20 * i),
                    START.plusSeconds(30 * i),
                    ArticleText.NONE,
                    parent,
                    Standing.NEW));
            assertThat(outcome.decision().hit(RuleId.FLASH_MOB)).isFalse();
        }
    }

    @Test
    void theSameSentenceSpreadOverHoursIsNotAMob() {
        for (int i = 0; i < 6; i++) {
            Outcome outcome = screen(
                    "h" + i,
                    "Rest in peace, you gave us so many wonderful songs over the years.",
                    "fan" + i,
                    "192.0.2." + i,
                    3_600 * i);
            assertThat(outcome.decision().verdict()).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void aBurstOnOneSubjectInDifferentWordsIsNotAMob() {
        String[] reactions = {
            "What a goal! Okoro, you absolute legend, I am still screaming.",
            "Unbelievable finish from a ridiculous angle, did not think he could score.",
            "I was sitting right behind that goal and I am still shaking now.",
            "What a strike! Best goal I have seen from this team in many years.",
            "Fair play to the visitors, they fought hard, but that goal deserved to win."
        };
        for (int i = 0; i < reactions.length; i++) {
            Outcome outcome = screen("w" + i, reactions[i], "fan" + i, "198.51.100." + i, 15 * i);
            assertThat(outcome.decision().verdict()).isEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void aDisabledRuleIsNotReported() {
        EngineConfig quiet = EngineConfig.defaults()
                .policies(PolicyBook.withOverrides(
                        new ByteArrayInputStream("defaults:\n  rules:\n    flood: { enabled: false }\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        "test"))
                .component(ActivityStore.class, store());
        engine = Engine.with(quiet, ActivityDetectors.create(quiet));
        Outcome last = null;
        for (int i = 0; i < 7; i++) {
            last = screen("d" + i, "asdfgh", "masher", null, 5 * i);
        }
        assertThat(last.decision().verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void theBuiltInPolicyCarriesTheSettingsAndAnOperatorCanChangeThem() {
        assertThat(config.policies().policyFor("en").rule(RuleId.FLASH_MOB).params())
                .containsEntry("minAccounts", 4.0)
                .containsEntry("windowSeconds", 600.0);
        assertThat(config.policies().policyFor("de").rule(RuleId.FLOOD).params())
                .containsEntry("maxLowContent", 4.0);
        EngineConfig strict = EngineConfig.defaults()
                .policies(PolicyBook.withOverrides(
                        new ByteArrayInputStream(
                                "editions:\n  en:\n    rules:\n      flash_mob: { params: { minAccounts: 2 } }\n"
                                        .getBytes(StandardCharsets.UTF_8)),
                        "test"))
                .component(ActivityStore.class, store());
        engine = Engine.with(strict, ActivityDetectors.create(strict));
        screen("p1", "The new bridge is a scandal. Every councillor who backed it should step down!", "a", null, 0);
        Outcome second = screen(
                "p2", "The new bridge is a scandal! Every councillor who backed it should step down.", "b", null, 30);
        assertThat(second.decision().hit(RuleId.FLASH_MOB)).isTrue();
    }

    @Test
    void aSharedStoreSeesCommentsScreenedByAnotherEngine() {
        InMemoryActivityStore store = new InMemoryActivityStore();
        EngineConfig first = EngineConfig.defaults().component(ActivityStore.class, store);
        EngineConfig second = EngineConfig.defaults().component(ActivityStore.class, store);
        Engine one = Engine.with(first, ActivityDetectors.create(first));
        Engine two = Engine.with(second, ActivityDetectors.create(second));
        Outcome last = null;
        for (int i = 0; i < 5; i++) {
            Engine node = i % 2 == 0 ? one : two;
            last = node.screen(comment("n" + i, "zzz " + i, "spinner", null, 5 * i));
        }
        assertThat(last.decision().hit(RuleId.FLOOD)).isTrue();
        assertThat(store.size()).isEqualTo(5);
    }

    private Outcome screen(String id, String text, String author, String address, int seconds) {
        return engine.screen(comment(id, text, author, address, seconds));
    }

    private static Comment comment(String id, String text, String author, String address, int seconds) {
        return new Comment(
                id,
                "en",
                text,
                author,
                address,
                START.plusSeconds(seconds),
                new ArticleText("Council approves new bridge", "The vote was close.", ""),
                null,
                Standing.NEW);
    }
}
