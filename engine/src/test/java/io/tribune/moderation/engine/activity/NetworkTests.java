package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkTests {

    @Test
    void neighbouringIpv4AddressesShareTheirSlash24() {
        assertThat(Network.of("192.0.2.77")).isEqualTo("192.0.2.0/24").isEqualTo(Network.of("192.0.2.78"));
        assertThat(Network.of("::ffff:192.0.2.77")).isEqualTo("192.0.2.0/24");
    }

    @Test
    void ipv6AddressesShareTheirSlash64() {
        assertThat(Network.of("2001:db8:1:2::5")).isEqualTo("2001:db8:1:2::/64");
        assertThat(Network.of("2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void anythingElseHasNoNetwork() {
        assertThat(Network.of("example.org")).isNull();
        assertThat(Network.of("300.1.2.3")).isNull();
        assertThat(Network.of("1:2:3")).isNull();
        assertThat(Network.of("")).isNull();
        assertThat(Network.of(null)).isNull();
    }
}
