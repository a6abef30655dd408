package io.cloudsync.hub.api;

import java.time.Duration;

/** What the API's tokens say and how long they live ({@code hub.api.issuer}, {@code hub.api.audience}, …). */
public record TokenSettings(String issuer, String audience, Duration ttl, Duration clockSkew) {

    /** How long a retired signing key must keep verifying: its last token may live this long. */
    public Duration retiredKeyLife() {
        return ttl.plus(clockSkew);
    }
}
