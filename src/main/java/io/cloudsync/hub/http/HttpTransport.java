package io.cloudsync.hub.http;

/** How the hub's Java clients reach the network; the runtime implementation sends through camel-http. */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Sends the call and returns whatever status came back.
     *
     * @throws TransportException when no HTTP answer arrived (refused, unknown host, timeout, dropped connection)
     */
    HttpResult execute(HttpCall call);
}
