package io.cloudsync.hub.camel;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API port's connection handler: closes a new connection at once when {@code maxConnections} are open, and
 * watches each one it lets in. A new connection must send its first request's headers within the header timeout,
 * however it trickles its bytes: Vert.x's idle timeout only sees silence, so a slow sender needs this clock of its
 * own. After an answer, a kept-alive connection has the idle timeout to send the next request's headers (clients
 * keep connections open between calls, and a close racing their next call would fail it). A request's body must be complete within the body
 * timeout, or it is answered 408 and the connection closed. A request whose body has arrived is never cut: its
 * route may take its time. Vert.x has no header or body deadline of its own, hence these timers.
 * <p>
 * The server must speak HTTP/1.x only (no h2c): one connection carries one request at a time.
 */
final class ConnectionGuard implements Handler<HttpConnection> {

    private static final String TIMED_OUT = "{\"error\":\"request_timeout\",\"message\":\"the request body did not"
            + " arrive in time (hub.api.body-timeout)\"}";

    private final Vertx vertx;
    private final HttpServerLimits limits;
    private final ConnectionCounts counts;
    private final Map<HttpConnection, Watch> watches = new ConcurrentHashMap<>();

    ConnectionGuard(Vertx vertx, HttpServerLimits limits, ConnectionCounts counts) {
        this.vertx = vertx;
        this.limits = limits;
        this.counts = counts;
    }

    @Override
    public void handle(HttpConnection connection) {
        if (!counts.admit(limits.maxConnections())) {
            connection.close();
            return;
        }
        Watch watch = new Watch(connection);
        watches.put(connection, watch);
        connection.closeHandler(closed -> {
            watches.remove(connection);
            watch.stop();
            counts.closed();
        });
        watch.awaitHeaders(limits.headerTimeout());
    }

    /** A request's headers have arrived: its body is now on the clock. */
    void requestStarted(HttpServerRequest request) {
        Watch watch = watches.get(request.connection());
        if (watch != null) {
            watch.awaitBody(request);
        }
    }

    /** A request was answered: the next one's headers are now on the clock. */
    void answered(HttpServerRequest request) {
        Watch watch = watches.get(request.connection());
        if (watch != null) {
            watch.awaitHeaders(limits.idleTimeout());
        }
    }

    private final class Watch {
        private final HttpConnection connection;
        private long timer = -1;
        private boolean stopped;

        Watch(HttpConnection connection) {
            this.connection = connection;
        }

        synchronized void awaitHeaders(Duration timeout) {
            restart(timeout.toMillis(), () -> {
                counts.headerTimedOut();
                connection.close();
            });
        }

        synchronized void awaitBody(HttpServerRequest request) {
            if (request.isEnded()) {
                cancel();
                return;
            }
            restart(limits.bodyTimeout().toMillis(), () -> {
                if (!request.isEnded()) {
                    counts.bodyTimedOut();
                    timeOut(request.response());
                }
            });
        }

        synchronized void stop() {
            stopped = true;
            cancel();
        }

        private void timeOut(HttpServerResponse response) {
            if (response.ended() || response.headWritten()) {
                connection.close();
                return;
            }
            // The rest of the body is never read: the connection cannot carry another request.
            response.setStatusCode(408).putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store").putHeader("Connection", "close")
                    .end(TIMED_OUT).onComplete(done -> connection.close());
        }

        private void restart(long millis, Runnable expired) {
            cancel();
            if (stopped) {
                return;
            }
            timer = vertx.setTimer(millis, id -> {
                synchronized (this) {
                    if (timer != id || stopped) {
                        return;
                    }
                    timer = -1;
                }
                expired.run();
            });
        }

        private void cancel() {
            if (timer != -1) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }
    }
}
