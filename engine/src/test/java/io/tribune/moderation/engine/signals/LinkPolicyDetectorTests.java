package io.tribune.moderation.engine.signals;

import static io.tribune.moderation.engine.signals.Screener.screen;
import static io.tribune.moderation.engine.signals.Screener.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;

class LinkPolicyDetectorTests {

    @Test
    void bareDomainsCountAsLinks() {
        assertThat(Links.find("see bit.ly/abc and www.x.org or example.com/x"))
                .extracting(Link::host)
                .containsExactly("bit.ly", "www.x.org", "example.com");
    }

    @Test
    void fullStopWithoutSpaceAndFileNamesAreNotLinks() {
        assertThat(Links.find("That was fine.So what? Run setup.exe, version 2.5 e.g. today"))
                .isEmpty();
    }

    @Test
    void shortenedLinkAloneIsHeld() {
        assertThat(verdict(screen("en", "Interesting, see bit.ly/3xYz"), RuleId.ADVERTISING))
                .isEqualTo(Verdict.HOLD);
    }

    @Test
    void manyLinksAreSpam() {
        String text = "a.example/1 b.example/2 c.example/3 d.example/4 e.example/5 f.example/6";
        assertThat(verdict(screen("en", text), RuleId.SPAM)).isEqualTo(Verdict.REJECT);
    }

    @Test
    void linkWithASalesPitchIsRejectedAsAdvertising() {
        String text = "Best prices on phones, order now at phone-store.example with 20% off!";
        assertThat(verdict(screen("en", text), RuleId.ADVERTISING)).isEqualTo(Verdict.REJECT);
    }

    @Test
    void plugForOwnChannelWithLinkIsHeld() {
        assertThat(verdict(screen("en", "I covered this on my channel: video.example/c/me"), RuleId.THIRD_PARTY_PROMO))
                .isEqualTo(Verdict.HOLD);
    }

    @Test
    void publishersOwnLinksAndOfficialSourcesPass() {
        String text = "More at https://tribune.example/a/1, tribune.example/b and https://www.who.int/news offers.";
        var decision = screen("en", text);
        assertThat(verdict(decision, RuleId.ADVERTISING)).isEqualTo(Verdict.APPROVE);
        assertThat(verdict(decision, RuleId.SPAM)).isEqualTo(Verdict.APPROVE);
    }
}
