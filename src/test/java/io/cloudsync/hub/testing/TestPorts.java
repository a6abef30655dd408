package io.cloudsync.hub.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for the servers a test starts on a port it must know beforehand (the hub's HTTP and management ports).
 * They come from below the kernel's ephemeral range (32768 and up on Linux): a port asked of the kernel with
 * {@code new ServerSocket(0)} and closed again can be handed straight to the next such request, here H2's
 * AUTO_SERVER listener, which opens before the hub's HTTP server binds, and the test then talks HTTP to H2.
 */
public final class TestPorts {

    private static final int FIRST = 20_000;
    private static final int COUNT = 12_000;
    /** Each JVM starts at its own place, so test JVMs running side by side rarely try the same ports. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(COUNT));

    private TestPorts() {
    }

    /** A port nothing listens on now, never the same twice in this JVM (until the range wraps). */
    public static int free() throws IOException {
        return free(NEXT::getAndIncrement);
    }

    /** The first port of the range, in the order {@code next} gives offsets, that nothing listens on. */
    static int free(java.util.function.IntSupplier next) throws IOException {
        for (int tries = 0; tries < COUNT; tries++) {
            int port = FIRST + Math.floorMod(next.getAsInt(), COUNT);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // someone listens there: the next one
            }
        }
        throw new IOException("no free port from " + FIRST + " to " + (FIRST + COUNT - 1));
    }
}
