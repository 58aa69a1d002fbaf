package io.tribune.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.NotificationTopic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTests {

    private final UnsubscribeTokens tokens =
            new UnsubscribeTokens("a test key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTokenNamesTheReaderAndTopicItWasIssuedFor() {
        String token = tokens.issue(new AccountId(42), NotificationTopic.REPLIES);

        assertThat(tokens.read(token))
                .contains(new UnsubscribeTokens.Unsubscription(new AccountId(42), NotificationTopic.REPLIES));
    }

    @Test
    void anotherReadersOrTopicsNameWithAValidMacIsRefused() {
        String token = tokens.issue(new AccountId(42), NotificationTopic.REPLIES);
        String mac = token.substring(token.lastIndexOf('.') + 1);

        assertThat(tokens.read("43.REPLIES." + mac)).isEmpty();
        assertThat(tokens.read("42.DECISIONS." + mac)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        var other = new UnsubscribeTokens("another key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.read(other.issue(new AccountId(42), NotificationTopic.REPLIES)))
                .isEmpty();
    }

    @Test
    void aLastCharacterThatDecodesToTheSameBytesIsStillAnotherTokenAndRefused() {
        // 32 bytes take 43 base64url characters; the last one carries 4 bits and 2 spare ones, so four
        // different characters decode to the same MAC. Only the one this site wrote may pass.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (long account = 1; account <= 64; account++) {
            String token = tokens.issue(new AccountId(account), NotificationTopic.REPLIES);
            char last = token.charAt(token.length() - 1);
            int group = alphabet.indexOf(last) & ~3;
            for (int spare = 0; spare < 4; spare++) {
                char twin = alphabet.charAt(group + spare);
                if (twin != last) {
                    String other = token.substring(0, token.length() - 1) + twin;
                    assertThat(tokens.read(other)).as(other).isEmpty();
                }
            }
        }
    }

    @Test
    void malformedTokensAreRefusedWithoutThrowing() {
        String token = tokens.issue(new AccountId(42), NotificationTopic.REPLIES);

        assertThat(tokens.read(null)).isEmpty();
        assertThat(tokens.read("")).isEmpty();
        assertThat(tokens.read(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.read(token + "A")).isEmpty();
        assertThat(tokens.read(token + "x".repeat(10_000))).isEmpty();
        assertThat(tokens.read("42.NOPE." + "A".repeat(43))).isEmpty();
        assertThat(tokens.read("0.REPLIES." + "A".repeat(43))).isEmpty();
        assertThat(tokens.read("٤٢.REPLIES." + "A".repeat(43))).isEmpty();
        assertThat(tokens.read("42.REPLIES.<script>")).isEmpty();
    }

    @Test
    void anExcerptIsCutAtAWordAndNeverInsideACharacter() {
        String emoji = "😀".repeat(400);
        String words = "word ".repeat(100);

        assertThat(NotificationLetters.excerpt("  short\n\ntext  ")).isEqualTo("short text");
        assertThat(NotificationLetters.excerpt(emoji)).isEqualTo("😀".repeat(NotificationLetters.EXCERPT) + "…");
        assertThat(NotificationLetters.excerpt(words)).endsWith("word…").hasSizeLessThanOrEqualTo(281);
    }
}
