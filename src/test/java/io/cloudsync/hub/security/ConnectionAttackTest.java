package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.api.ApiHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8: connections that hold the API port without finishing a request (slowloris), and more connections
 * than the hub should keep open. Sockets are raw: an HTTP client would finish its requests.
 */
@ExtendWith(Attacks.class)
class ConnectionAttackTest {

    /** Far longer than the short timeouts set here: a socket still open this long was not closed by them. */
    private static final int WAIT_MILLIS = 30_000;

    @TempDir
    Path dir;

    @Test
    void slowSendersAreClosed() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.header-timeout", "1s",
                "hub.api.body-timeout", "1s", "hub.api.idle-timeout", "60s"))) {
            List<Socket> halfSent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                halfSent.add(open(hub, "GET /v1/admin/sync-st"));
            }
            int closed = 0;
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            for (Socket socket : halfSent) {
                socket.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
                closed += readUntilClosed(socket).closed() ? 1 : 0;
                socket.close();
            }
            Attacks.refused("8", "40 connections send half a request line and wait", closed == 40,
                    closed + " of 40 closed");

            boolean trickleClosed;
            try (Socket trickler = open(hub, "GET /v1/openapi.json HTTP/1.1\r\nHost: hub\r\nX-Slow: ")) {
                trickleClosed = trickleUntilClosed(trickler);
            }
            Attacks.refused("8", "headers trickled one byte every 50 ms", trickleClosed,
                    "the connection stayed open for " + WAIT_MILLIS + " ms");

            Answer body;
            try (Socket slowBody = open(hub, "POST /v1/test/echo HTTP/1.1\r\nHost: hub\r\nContent-Type:"
                    + " application/json\r\nContent-Length: 100\r\n\r\n{\"a\":")) {
                body = readUntilClosed(slowBody);
            }
            Attacks.refused("8", "a body of 100 bytes announced, 5 sent", body.closed()
                    && body.text().startsWith("HTTP/1.1 408"), body.toString());

            assertThat(hub.get("/v1/openapi.json", null).statusCode()).as("normal calls still work").isEqualTo(200);
        }
    }

    @Test
    void connectionsBeyondTheCapAreClosedAtOnce() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.max-connections", "5",
                "hub.api.header-timeout", "60s", "hub.api.idle-timeout", "60s"))) {
            List<Socket> held = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                held.add(open(hub, "GET /v1/admin/sync-st"));
            }
            Answer extra;
            try (Socket one = open(hub, "GET /v1/openapi.json HTTP/1.1\r\nHost: hub\r\n\r\n")) {
                extra = readUntilClosed(one);
            }
            Attacks.refused("8", "one connection more than hub.api.max-connections", extra.closed()
                    && extra.text().isEmpty(), extra.toString());
            for (Socket socket : held) {
                socket.close();
            }

            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(hub.get("/v1/openapi.json", null).statusCode()).isEqualTo(200));
        }
    }

    private static Socket open(ApiHarness hub, String firstBytes) throws IOException {
        int port = Integer.parseInt(hub.url("").replaceAll(".*:", ""));
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(firstBytes.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /**
     * What the hub sent before it closed the connection, or {@code closed == false} if it kept it open for the
     * socket's read timeout ({@link #WAIT_MILLIS} unless set).
     */
    private static Answer readUntilClosed(Socket socket) throws IOException {
        if (socket.getSoTimeout() == 0) {
            socket.setSoTimeout(WAIT_MILLIS);
        }
        StringBuilder text = new StringBuilder();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            return new Answer(true, text.toString());
        } catch (SocketTimeoutException e) {
            return new Answer(false, text.toString());
        } catch (IOException reset) {
            return new Answer(true, text.toString());
        }
    }

    /** Sends one header byte at a time until the hub closes the connection; false if it never does. */
    private static boolean trickleUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout(50);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        for (int i = 0; i < WAIT_MILLIS / 50; i++) {
            try {
                out.write('a');
                out.flush();
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException stillOpen) {
                // nothing from the hub yet: send the next byte
            } catch (IOException closed) {
                return true;
            }
        }
        return false;
    }

    private record Answer(boolean closed, String text) {
    }
}
