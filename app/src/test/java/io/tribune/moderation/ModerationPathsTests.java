package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

class ModerationPathsTests {

    @Test
    void pathsOfAnEditionAreTheAddressesReadersAndModeratorsHaveAlwaysUsed() {
        assertThat(ModerationPaths.standards("ru")).isEqualTo("/ru/standards");
        assertThat(ModerationPaths.rule("ru", "spam")).isEqualTo("/ru/standards#rule-spam");
        assertThat(ModerationPaths.in("ar", ModerationPaths.TRANSPARENCY)).isEqualTo("/ar/transparency");
        assertThat(ModerationPaths.blocked("es")).isEqualTo("/es/blocked");
        assertThat(ModerationPaths.in("es", ModerationPaths.UNLOCK_REQUEST)).isEqualTo("/es/blocked/unlock");
        assertThat(ModerationPaths.statement("en", 42)).isEqualTo("/en/statements/42");
        assertThat(ModerationPaths.tab("en", "held")).isEqualTo("/en/moderation/held");
        assertThat(ModerationPaths.in("en", ModerationPaths.APPROVE, 7)).isEqualTo("/en/moderation/comments/7/approve");
        assertThat(ModerationPaths.in("en", ModerationPaths.BLOCK, 8)).isEqualTo("/en/moderation/accounts/8/block");
        assertThat(ModerationPaths.in("en", ModerationPaths.DELETE, 8)).isEqualTo("/en/moderation/accounts/8/delete");
        assertThat(ModerationPaths.author("en", 9)).isEqualTo("/en/moderation/authors/9");
        assertThat(ModerationPaths.authorsComments("en", "rejected", 9)).isEqualTo("/en/moderation/rejected?author=9");
        assertThat(ModerationPaths.clusterDecision("en", "reject")).isEqualTo("/en/moderation/clusters/reject");
        assertThat(ModerationPaths.in("en", ModerationPaths.GRANT, 3)).isEqualTo("/en/moderation/unlock/3/grant");
        assertThat(ModerationPaths.in("en", ModerationPaths.DRY_RUN)).isEqualTo("/en/moderation/policy/dry-run");
        assertThat(ModerationPaths.next(ModerationPaths.in("en", ModerationPaths.AUDIT), "before", 5))
                .isEqualTo("/en/moderation/audit?before=5");
        assertThat(ModerationPaths.next("/en/moderation/held?rule=spam", "after", 5))
                .isEqualTo("/en/moderation/held?rule=spam&after=5");
    }

    @Test
    void eachPathIsOneItsHandlerAnswers() {
        assertMatches(ModerationPaths.STATEMENT, ModerationPaths.statement("en", 42));
        assertMatches(ModerationPaths.QUEUE, ModerationPaths.tab("en", "reported"));
        assertMatches(ModerationPaths.REFUSE, ModerationPaths.in("en", ModerationPaths.REFUSE, 3));
        assertMatches(ModerationPaths.CLUSTER_DECISION, ModerationPaths.clusterDecision("en", "approve"));
        assertMatches(ModerationPaths.EDIT, ModerationPaths.in("en", ModerationPaths.EDIT, 123456789012345678L));
        assertThat(PathPatternParser.defaultInstance
                        .parse(ModerationPaths.QUEUE)
                        .matches(PathContainer.parsePath("/eng/moderation/held")))
                .isFalse();
    }

    private static void assertMatches(String mapping, String path) {
        assertThat(PathPatternParser.defaultInstance.parse(mapping).matches(PathContainer.parsePath(path)))
                .as("%s answers %s", mapping, path)
                .isTrue();
    }
}
