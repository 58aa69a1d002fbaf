package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Comment-section spam is caught without training on the site (our own wording), and chatty legitimate
 * comments without an article are not held (more of those, and the former miss "Haha same here, I laughed so
 * hard", in {@link CleanChattyCommentsTests}).
 */
class SpamOutOfTheBoxTests {

    private static StandardEnglishScreening engine;

    @BeforeAll
    static void build() {
        engine = new StandardEnglishScreening();
    }

    private static Verdict screen(String text) {
        return engine.screen(text).verdict();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sub4sub anyone? I always sub back",
                "Doing sub for sub today, reply and I will subscribe to you",
                "Hey everyone check out my new video, link in bio",
                "Check out my cover of this song on my channel!",
                "Follow for follow, I follow back everyone who asks",
                "Big giveaway on my page, like and share to enter!",
                "Visit my profile to claim your free gift card now"
            })
    void spamIsBlocked(String text) {
        assertThat(screen(text)).isNotEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lol this is so true, my grandma said the same thing",
                "Love this! Made my day",
                "Great point, thanks for sharing",
                "Who else is reading this on the train?",
                "Check out the council minutes, they explain the vote.",
                "I subscribed to the paper last year and I am glad I did."
            })
    void chattyCommentsArePublished(String text) {
        assertThat(screen(text)).isEqualTo(Verdict.APPROVE);
    }
}
