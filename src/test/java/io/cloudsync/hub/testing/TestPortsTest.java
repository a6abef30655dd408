package io.cloudsync.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestPortsTest {

    @Test
    void portsAreBelowTheEphemeralRangeDistinctAndFree() throws Exception {
        int first = TestPorts.free();
        int second = TestPorts.free();

        assertThat(first).isNotEqualTo(second);
        assertThat(first).isBetween(20_000, 31_999);
        assertThat(second).isBetween(20_000, 31_999);
        try (ServerSocket one = new ServerSocket(first); ServerSocket two = new ServerSocket(second)) {
            assertThat(one.getLocalPort()).isEqualTo(first);
            assertThat(two.getLocalPort()).isEqualTo(second);
        }
    }

    @Test
    void aPortSomeoneListensOnIsSkipped() throws Exception {
        int taken = TestPorts.free();
        int offset = taken - 20_000;
        try (ServerSocket listener = new ServerSocket(taken)) {
            AtomicInteger next = new AtomicInteger(offset);

            int port = TestPorts.free(next::getAndIncrement);

            assertThat(port).isNotEqualTo(taken);
        }
    }
}
