package io.cloudsync.hub.camel;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/**
 * What the API port puts up with from one connection: how long it may sit silent ({@code hub.api.idle-timeout}),
 * how long it may take to send a request's headers ({@code hub.api.header-timeout}) and its body
 * ({@code hub.api.body-timeout}), and how many connections may be open at once ({@code hub.api.max-connections}).
 */
public record HttpServerLimits(Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout, int maxConnections) {

    public static final String IDLE_TIMEOUT = "hub.api.idle-timeout";
    public static final String HEADER_TIMEOUT = "hub.api.header-timeout";
    public static final String BODY_TIMEOUT = "hub.api.body-timeout";
    public static final String MAX_CONNECTIONS = "hub.api.max-connections";

    public HttpServerLimits {
        positive(IDLE_TIMEOUT, idleTimeout);
        positive(HEADER_TIMEOUT, headerTimeout);
        positive(BODY_TIMEOUT, bodyTimeout);
        if (maxConnections < 1) {
            throw new ConfigException(MAX_CONNECTIONS + " must be at least 1, not " + maxConnections);
        }
    }

    public static HttpServerLimits from(HubProperties properties) {
        return new HttpServerLimits(properties.getDuration(IDLE_TIMEOUT), properties.getDuration(HEADER_TIMEOUT),
                properties.getDuration(BODY_TIMEOUT), properties.getInt(MAX_CONNECTIONS));
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ConfigException(key + " must be a positive duration (e.g. 30s), not " + value);
        }
    }
}
