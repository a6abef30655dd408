package io.cloudsync.hub.api;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.util.Optional;

/**
 * The served API: what its tokens say and how long they live, its callers (the configured clients), its limits
 * per client and per remote address, the request body cap, the browser origins it answers, and the key that
 * seals its signing keys.
 */
public record ApiSettings(TokenSettings tokens, ApiClients clients, Optional<String> dashboardClient, int rateLimit,
                          int tokenRateLimit, int maxConcurrent, long maxBodyBytes, CorsPolicy cors,
                          KeyEncryptionKey.Source keyEncryptionKey, boolean serverEnabled, int port) {

    public ApiSettings {
        if (rateLimit < 1 || tokenRateLimit < 1 || maxConcurrent < 1 || maxBodyBytes < 1) {
            throw new ConfigException("hub.api.rate-limit, token-rate-limit, max-concurrent and max-body-bytes must be"
                    + " positive");
        }
    }

    public static ApiSettings from(HubProperties properties) {
        TokenSettings tokens = new TokenSettings(properties.get("hub.api.issuer"), properties.get("hub.api.audience"),
                properties.getDuration("hub.api.token-ttl"), properties.getDuration("hub.api.clock-skew"));
        ApiClients clients;
        try {
            clients = ApiClients.from(properties.asMap(), new SecretHasher());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        String origins = properties.find("hub.api.cors-origins").orElse("");
        for (String origin : origins.split(",")) {
            if (!origin.isBlank() && CorsPolicy.problem(origin) != null) {
                throw new ConfigException("hub.api.cors-origins: " + CorsPolicy.problem(origin));
            }
        }
        return new ApiSettings(tokens, clients,
                ApiClients.dashboardClient(properties.asMap()), properties.getInt("hub.api.rate-limit"),
                properties.getInt("hub.api.token-rate-limit"), properties.getInt("hub.api.max-concurrent"),
                properties.getLong("hub.api.max-body-bytes"), CorsPolicy.of(origins),
                KeyEncryptionKey.Source.from(properties),
                !"false".equalsIgnoreCase(properties.find("camel.server.enabled").orElse("true").trim()),
                properties.getInt("camel.server.port"));
    }
}
