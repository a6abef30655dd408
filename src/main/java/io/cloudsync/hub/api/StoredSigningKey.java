package io.cloudsync.hub.api;

import java.time.Instant;

/**
 * A row of {@code api_signing_key}: a token-signing key pair, {@code privateJwk} sealed as a JWE by
 * {@code io.cloudsync.hub.api.SigningKeyCipher} (a plain JWK in rows of earlier versions until the first start
 * encrypts them). {@link #toString()} leaves the key out,
 * so the record can be logged or shown in a failure message without leaking it.
 */
public record StoredSigningKey(String kid, String algorithm, String privateJwk, Instant createdAt,
                               Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }

    @Override
    public String toString() {
        return "StoredSigningKey[kid=" + kid + ", algorithm=" + algorithm + ", createdAt=" + createdAt
                + ", retiredAt=" + retiredAt + "]";
    }
}
