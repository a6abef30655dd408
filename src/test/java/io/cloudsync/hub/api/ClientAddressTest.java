package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddress.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
        assertThat(ClientAddress.key("[fe80::1%eth0]")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void noAddressIsTheUnknownKey() {
        assertThat(ClientAddress.key(null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.key(" ")).isEqualTo(ClientAddress.UNKNOWN);
    }
}
