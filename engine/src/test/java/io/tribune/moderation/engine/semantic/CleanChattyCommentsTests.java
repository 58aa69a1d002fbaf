package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean, chatty English reader comments are published by the standard engine (shipped encoder and heads):
 * prices, "free", numbers, places and times that are not advertising, disagreement without insult, jokes.
 * The first list is our own wording, written for this test and not among the training examples
 * ({@code semantic/chatty-en.jsonl}); nothing was tuned on it.
 */
class CleanChattyCommentsTests {

    private static StandardEnglishScreening engine;

    @BeforeAll
    static void build() {
        engine = new StandardEnglishScreening();
    }

    private static void assertPublished(String text) {
        Decision decision = engine.screen(text);
        assertThat(decision.verdict()).as("%s", decision).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The swimming lessons cost 5 pounds each, cheaper than I expected.",
                "Admission to the botanical garden is free every Wednesday morning.",
                "The car boot sale starts at 8, get there early for the good stuff.",
                "Our local pub does a quiz night on Thursdays, great fun.",
                "The ferry timetable changed in May, the last boat is now at 10pm.",
                "The list of road closures is at the end of the article.",
                "The ward boundaries are shown on the second map.",
                "I think the council got this badly wrong, and I will tell my councillor.",
                "Anyone who thinks the traffic will improve has not driven here lately.",
                "Sorry, but I think you have the facts wrong about the school.",
                "This is the worst decision the board has made in years.",
                "My uncle laughed so much at this he had to sit down.",
                "That cartoon is brilliant, I have stuck it on the fridge.",
                "Ha, I did not expect a story about a runaway cow today.",
                "Same thing happened to my sister, the landlord never replied.",
                "Can someone explain why the fares went up again?",
                "Where exactly is the new bike shelter going to be?",
                "Well done to the volunteers who cleaned up the beach.",
                "The new bakery does a loaf for 2.50, better than the supermarket.",
                "The market hall has forty stalls now, up from twelve.",
                "Buses run every 20 minutes until midnight on Fridays.",
                "We got tickets for the pantomime, 15 each for the matinee.",
                "I remember when this was all fields, honestly.",
                "The bit about the lighthouse keeper was my favourite.",
                "Interesting article, though I would have liked more on the costs."
            })
    void ownChattyCommentsArePublished(String text) {
        assertPublished(text);
    }

    /**
     * Regression: these four came from the app's test suite (and the known trolling miss in
     * docs/moderation-quality.md), where the semantic heads held them before the heads were calibrated.
     * They were not used to train or calibrate anything.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The night buses are in the second table, further down.",
                "The museum is free on the first Sunday, by the way.",
                "Everyone who disagrees with me is wrong.",
                "Haha same here, I laughed so hard"
            })
    void commentsTheAppSuiteFoundHeldArePublished(String text) {
        assertPublished(text);
    }
}
