package io.cloudsync.hub.sandbox.marketsync;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;
import org.apache.camel.util.TimeUtils;

/**
 * How the sandbox MarketSync runs. {@code port} 0 picks a free port; {@code publishDelay} is the time from creation
 * to publication on the marketplaces; {@code rateLimitPerSecond} and {@code ordersPerMinute} 0 mean none;
 * {@code cancellationsPercent} is the chance, with each generated order, that the marketplaces cancel an earlier one.
 * The private key never appears in {@link #toString()}.
 */
public record MarketSyncSandboxSettings(int port, String token, String privateKey, long seed, Duration publishDelay,
                                        int rateLimitPerSecond, int ordersPerMinute, int cancellationsPercent) {

    public static final String SANDBOX_TOKEN = "sandbox-token";
    public static final String SANDBOX_PRIVATE_KEY = "sandbox-private-key";

    public MarketSyncSandboxSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (token == null || token.isBlank() || privateKey == null || privateKey.isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs a token and a private key");
        }
        if (publishDelay == null || publishDelay.isNegative()) {
            throw new IllegalArgumentException("publishDelay must be zero or positive");
        }
        if (rateLimitPerSecond < 0 || ordersPerMinute < 0) {
            throw new IllegalArgumentException("rate limit and orders per minute must be 0 or more");
        }
        if (cancellationsPercent < 0 || cancellationsPercent > 100) {
            throw new IllegalArgumentException("cancellations percent must be between 0 and 100, got "
                    + cancellationsPercent);
        }
    }

    /** Sandbox credentials, with the given port, seed and behaviour; the marketplaces cancel no order. */
    public static MarketSyncSandboxSettings of(int port, long seed, Duration publishDelay, int rateLimitPerSecond,
                                               int ordersPerMinute) {
        return of(port, seed, publishDelay, rateLimitPerSecond, ordersPerMinute, 0);
    }

    public static MarketSyncSandboxSettings of(int port, long seed, Duration publishDelay, int rateLimitPerSecond,
                                               int ordersPerMinute, int cancellationsPercent) {
        return new MarketSyncSandboxSettings(port, SANDBOX_TOKEN, SANDBOX_PRIVATE_KEY, seed, publishDelay,
                rateLimitPerSecond, ordersPerMinute, cancellationsPercent);
    }

    /**
     * From {@code hub.sandbox.marketsync-port}, {@code hub.sandbox.seed}, {@code hub.sandbox.publish-delay} (Camel
     * duration: {@code 20s}, {@code 500ms}, {@code 1m30s}), {@code hub.sandbox.marketsync-rate-limit},
     * {@code hub.sandbox.marketsync-orders-per-minute} and {@code hub.sandbox.marketsync-cancellations-percent};
     * the sandbox key pair.
     */
    public static MarketSyncSandboxSettings from(HubProperties properties) {
        String delay = properties.get("hub.sandbox.publish-delay");
        Duration publishDelay;
        try {
            publishDelay = Duration.ofMillis(TimeUtils.toMilliSeconds(delay));
        } catch (RuntimeException e) {
            throw new ConfigException("configuration key 'hub.sandbox.publish-delay' must be a duration such as 20s, "
                    + "got '" + delay + "'");
        }
        return of(properties.getInt("hub.sandbox.marketsync-port"), properties.getLong("hub.sandbox.seed"),
                publishDelay, properties.getInt("hub.sandbox.marketsync-rate-limit"),
                properties.getInt("hub.sandbox.marketsync-orders-per-minute"),
                properties.getInt("hub.sandbox.marketsync-cancellations-percent"));
    }

    @Override
    public String toString() {
        return "MarketSyncSandboxSettings[port=" + port + ", token=" + token + ", privateKey=***, seed=" + seed
                + ", publishDelay=" + publishDelay + ", rateLimitPerSecond=" + rateLimitPerSecond
                + ", ordersPerMinute=" + ordersPerMinute + ", cancellationsPercent=" + cancellationsPercent + "]";
    }
}
