package io.cloudsync.hub.http;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/** How often and how patiently a failed call is tried again ({@code hub.retry.*}). */
public record RetrySettings(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetrySettings {
        if (maxAttempts < 0) {
            throw new ConfigException("hub.retry.max-attempts must be 0 or more, not " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new ConfigException("hub.retry.max-delay (" + maxDelay.toMillis() + " ms) must be at least"
                    + " hub.retry.initial-delay (" + initialDelay.toMillis() + " ms), and both 0 or more");
        }
    }

    public static RetrySettings from(HubProperties properties) {
        return new RetrySettings(properties.getInt("hub.retry.max-attempts"),
                Duration.ofMillis(properties.getLong("hub.retry.initial-delay")),
                Duration.ofMillis(properties.getLong("hub.retry.max-delay")));
    }

    /** A retry for calls outside a route ({@code name} shows in its logs and metrics). */
    public CallRetry callRetry(String name) {
        return new CallRetry(name, maxAttempts, initialDelay, maxDelay);
    }
}
