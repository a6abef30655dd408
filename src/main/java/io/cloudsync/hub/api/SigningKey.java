package io.cloudsync.hub.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/**
 * A token-signing key pair in memory. {@link #toString()} names only the key id: Nimbus' own
 * {@code RSAKey.toString()} prints the private key, which is also never written as JSON.
 */
public record SigningKey(String kid, @JsonIgnore RSAKey pair, Instant createdAt, Instant retiredAt) {

    public RSAKey publicKey() {
        return pair.toPublicJWK();
    }

    public boolean active() {
        return retiredAt == null;
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
