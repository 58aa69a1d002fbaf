package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The addresses media are served at: built as their handlers are mapped. */
class MediaPathsTests {

    private static final AvatarId AVATAR = new AvatarId("abcdefghijklmnopqrstuv");

    @Test
    void eachPathMatchesThePatternItsHandlerIsMappedTo() {
        assertMatches(MediaPaths.RENDITION, MediaPaths.rendition(42, 960));
        assertMatches(MediaPaths.UPLOADED_AVATAR, MediaPaths.uploadedAvatar(AVATAR, 64));
        assertMatches(MediaPaths.DRAWN_AVATAR, MediaPaths.drawnAvatar(210, "А Б"));
    }

    @Test
    void theAddressesAreTheSiteOnes() {
        assertThat(MediaPaths.rendition(42, 960)).isEqualTo("/media/42/960.jpg");
        assertThat(MediaPaths.uploadedAvatar(AVATAR, 256)).isEqualTo("/media/avatars/abcdefghijklmnopqrstuv/256.jpg");
    }

    @Test
    void drawnInitialsArePercentEncodedAndComeBackWholeFromTheMatch() {
        String path = MediaPaths.drawnAvatar(7, "J D");

        assertThat(path).isEqualTo("/media/avatars/drawn/7/J%20D.svg");
        PathPattern.PathMatchInfo match = PathPatternParser.defaultInstance
                .parse(MediaPaths.DRAWN_AVATAR)
                .matchAndExtract(PathContainer.parsePath(path));
        assertThat(match).isNotNull();
        assertThat(match.getUriVariables()).containsEntry("initials", "J D");
    }

    private static void assertMatches(String pattern, String path) {
        assertThat(PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path)))
                .as("%s matches %s", path, pattern)
                .isTrue();
    }
}
