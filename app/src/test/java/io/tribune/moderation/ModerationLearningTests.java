package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.ModerateComment;
import io.tribune.discussion.ModeratedComment;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Moderators' decisions teach the engine: after moderators reject a family of comments the engine let
 * through, a new comment of the same family is held for a moderator — held, not rejected, since a
 * learned score alone never refuses a reader — and the decisions are kept in the data folder.
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

    @Autowired
    Engines engines;

    @Autowired
    ModerateComment moderate;

    @Test
    void commentsModeratorsRejectTeachTheEngineToHoldTheirLikeNeverToReject() throws Exception {
        assertThat(screen(SIMILAR).verdict())
                .as("before any moderator decision the engine lets such a comment through")
                .isEqualTo(Verdict.APPROVE);
        AccountId author = reader("Sky Watcher", "en");
        AccountId moderator = moderator("Learning Moderator", "en");
        long article = article("en");

        for (String text : REJECTED) {
            long id = comment(article, "en", author, "PUBLISHED", null, text, "{}");
            ModeratedComment done = moderate.reject(moderator, "en", id, CommentStatus.PUBLISHED, "trolling");
            assertThat(done.outcome()).isEqualTo(ModeratedComment.Outcome.DONE);
        }

        Decision learnt = awaitHeld(SIMILAR);
        assertThat(learnt.hits()).anySatisfy(hit -> assertThat(hit.rule()).isEqualTo(RuleId.TROLLING));
        assertThat(screen("The planes to Lisbon leave from the new terminal on Monday.")
                        .verdict())
                .as("an ordinary comment about planes is still let through")
                .isEqualTo(Verdict.APPROVE);
        assertThat(Files.readAllLines(LearningFromModerators.decisionsFile(DATA, "en")))
                .hasSize(REJECTED.size())
                .allSatisfy(line -> assertThat(line).contains("\"label\":\"trolling\""));
    }

    private Decision awaitHeld(String text) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        Decision decision = screen(text);
        while (decision.verdict() == Verdict.APPROVE && System.nanoTime() < until) {
            Thread.sleep(500);
            decision = screen(text);
        }
        assertThat(decision.verdict())
                .as("after the moderators' rejections: %s", decision)
                .isEqualTo(Verdict.HOLD);
        return decision;
    }

    private Decision screen(String text) {
        return engines.engine().screen(Comment.of("probe", "en", text)).decision();
    }
}
