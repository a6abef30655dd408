package io.cloudsync.hub.http;

import java.nio.charset.StandardCharsets;

/** How the hub's Java clients reach the network; the runtime implementation sends through camel-http. */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Sends the call and returns whatever status came back.
     *
     * @throws TransportException when no HTTP answer arrived (refused, unknown host, timeout, dropped connection)
     */
    HttpResult execute(HttpCall call);

    /** {@link #execute}, with the body as the bytes that came (a transport that only has text gives it as UTF-8). */
    default HttpBytes executeForBytes(HttpCall call) {
        HttpResult result = execute(call);
        return new HttpBytes(result.status(), result.headers(), result.body().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }
}
