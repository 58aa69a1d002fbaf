package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteTests {

    @Test
    void outsideTheDemoAMissingPublicAddressStopsTheStart() {
        assertThatThrownBy(() -> new Site("", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRIBUNE_BASE_URL");
    }

    @Test
    void aConfiguredAddressIsUsedAsGivenWithoutItsTrailingSlash() {
        Site site = new Site("https://news.example.org/", false);

        assertThat(site.absolute("/en/")).isEqualTo("https://news.example.org/en/");
        assertThat(site.isServedOverHttps()).isTrue();
    }
}
