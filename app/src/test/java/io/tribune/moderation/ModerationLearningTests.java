package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Moderators' decisions teach the engine of every node, read from the database they share: after
 * moderators on one node reject a family of comments the engine let through, a new comment of the same
 * family is held — held, not rejected, since a learned score alone never refuses a reader — by that node,
 * by another node once it has looked at the database again, and by a node started afterwards without a
 * data folder; the quality figures move with the decisions.
 */
class ModerationLearningTests extends ModerationWebTest {

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("tribune-learning");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The semantic heads are trained again after this many decisions (a context of its own). */
    @DynamicPropertySource
    static void learning(DynamicPropertyRegistry registry) {
        registry.add("tribune.moderation.retrain-after", () -> "10");
        registry.add("tribune.moderation.data-dir", DATA::toString);
        registry.add("tribune.moderation.learn-every", () -> "1h");
    }

    private static final List<String> REJECTED = List.of(
            "Chemtrails from the airport are poisoning our children, wake up people.",
            "Those planes are spraying chemicals on us every morning, nobody talks about it.",
            "The white lines in the sky are chemicals they spray to keep us docile.",
            "Look up: the jets leave poison trails over the town and the council knows.",
            "They spray the sky over the school with chemicals, wake up before it is too late.",
            "Chemtrails again this morning over the river, the government is poisoning us.",
            "Every contrail is a chemical spray programme, open your eyes.",
            "The aircraft spray aluminium over our gardens, that is why the bees are dying.",
            "Wake up, sheep, the sky is full of chemical trails from their planes.",
            "They are dosing the population from the air, the trails prove it.");

    private static final String SIMILAR = "Wake up everyone, the planes over the town spray chemicals on us every day.";
    private static final String ORDINARY = "The planes to Lisbon leave from the new terminal on Monday.";

    @Autowired
    Engines engines;

    @Autowired
    ModerationQueue queue;

    @Autowired
    ModerationSettings settings;

    @Autowired
    Environment environment;

    @Test
    void decisionsOnOneNodeTeachEveryNodeToHoldTheirLikeNeverToReject() throws Exception {
        Node b = node();
        try {
            b.learning().catchUp();
            assertThat(screen(engines, SIMILAR).verdict())
                    .as("before any moderator decision node A lets such a comment through")
                    .isEqualTo(Verdict.APPROVE);
            assertThat(screen(b.engines(), SIMILAR).verdict())
                    .as("and so does node B")
                    .isEqualTo(Verdict.APPROVE);
            LearningQuality before = b.learning().quality().get("en");

            AccountId author = reader("Sky Watcher", "en");
            AccountId moderator = moderator("Learning Moderator", "en");
            long article = article("en");
            List<Long> ids = new ArrayList<>();
            for (String text : REJECTED) {
                long id = comment(article, "en", author, "PUBLISHED", null, text, "{}");
                ids.add(id);
                Decided done = queue.reject(moderator, "en", id, "PUBLISHED", "trolling", null);
                assertThat(done.isDone()).isTrue();
            }

            Decision learnt = awaitHeld(engines, SIMILAR);
            assertThat(learnt.hits()).anySatisfy(hit -> assertThat(hit.rule()).isEqualTo(RuleId.TROLLING));
            assertThat(screen(b.engines(), SIMILAR).verdict())
                    .as("node B has not looked at the database since")
                    .isEqualTo(Verdict.APPROVE);

            b.learning().catchUp();

            Decision onB = screen(b.engines(), SIMILAR);
            assertThat(onB.verdict()).as("node B after its look: %s", onB).isEqualTo(Verdict.HOLD);
            assertThat(onB.hits()).anySatisfy(hit -> assertThat(hit.rule()).isEqualTo(RuleId.TROLLING));
            assertThat(screen(b.engines(), ORDINARY).verdict())
                    .as("an ordinary comment about planes is still let through")
                    .isEqualTo(Verdict.APPROVE);

            LearningQuality after = b.learning().quality().get("en");
            assertThat(after.learnt()).isEqualTo(before.learnt() + REJECTED.size());
            assertThat(figures(after, "trolling").rejected())
                    .isEqualTo(figures(before, "trolling").rejected() + REJECTED.size());
            assertThat(figures(after, "trolling").recall())
                    .as("the classifier foresaw some of the later rejections before learning them: %s", after)
                    .isNotNull()
                    .isGreaterThan(0.0);
            assertThat(figures(after, LearningQuality.ANY_RULE))
                    .isNotEqualTo(figures(before, LearningQuality.ANY_RULE));

            Node c = node();
            try {
                c.learning().catchUp();
                assertThat(screen(c.engines(), SIMILAR).verdict())
                        .as("a node started afterwards, with no data folder, learns from the database")
                        .isEqualTo(Verdict.HOLD);
                assertThat(c.learning().quality().get("en").figures())
                        .as("and every node shows the same figures")
                        .isEqualTo(after.figures());
            } finally {
                c.learning().destroy();
            }

            List<String> exported = Files.readAllLines(LearningFromModerators.decisionsFile(DATA, "en"));
            for (long id : ids) {
                assertThat(exported)
                        .as("node A exports the decisions in the train-semantic format")
                        .anySatisfy(line -> assertThat(line)
                                .contains("\"id\":\"decision-" + id + "\"")
                                .contains("\"label\":\"trolling\""));
            }
        } finally {
            b.learning().destroy();
        }
    }

    /** Another node on the same database, with engines and learning of its own and no data folder. */
    private Node node() {
        var dataSource = new DriverManagerDataSource(environment.getProperty("spring.datasource.url"), "sa", "");
        var own = new ModerationSettings(
                settings.policy(),
                null,
                false,
                settings.activityRetention(),
                10,
                500,
                Duration.ofHours(1),
                settings.dryRunTimeout());
        Engines engines = new Engines(dataSource, own);
        var learning = new LearningFromModerators(engines, new ModeratorDecisions(JdbcClient.create(dataSource)), own);
        return new Node(engines, learning);
    }

    private record Node(Engines engines, LearningFromModerators learning) {}

    private static LearningQuality.Figures figures(LearningQuality quality, String rule) {
        return quality.figures().stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElse(new LearningQuality.Figures(rule, 0, 0, 0));
    }

    private static Decision awaitHeld(Engines engines, String text) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        Decision decision = screen(engines, text);
        while (decision.verdict() == Verdict.APPROVE && System.nanoTime() < until) {
            Thread.sleep(500);
            decision = screen(engines, text);
        }
        assertThat(decision.verdict())
                .as("after the moderators' rejections: %s", decision)
                .isEqualTo(Verdict.HOLD);
        return decision;
    }

    private static Decision screen(Engines engines, String text) {
        return engines.engine().screen(Comment.of("probe", "en", text)).decision();
    }
}
