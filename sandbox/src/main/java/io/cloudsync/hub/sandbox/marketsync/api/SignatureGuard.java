package io.cloudsync.hub.sandbox.marketsync.api;

import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks MarketSync's request signature: {@code token}, {@code timestamp} (Mexico City time, at most
 * {@code maxSkew} away from now), {@code version=1.0} and {@code signature}, the HMAC-SHA256 of every other
 * parameter sorted and form-encoded. Rejection texts say what is wrong, never what the key is.
 */
final class SignatureGuard {

    static final Set<String> AUTH_PARAMS = Set.of("token", "timestamp", "version", "signature");

    private final String token;
    private final MarketSyncSigner signer;
    private final Clock clock;
    private final Duration maxSkew;

    SignatureGuard(String token, String privateKey, Clock clock, Duration maxSkew) {
        this.token = token;
        this.signer = new MarketSyncSigner(token, privateKey);
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    /** Why the request must be refused, or empty when it is signed correctly. */
    Optional<String> rejection(Map<String, String> params) {
        String received = params.get("token");
        if (received == null || received.isEmpty()) {
            return Optional.of("Error missing parameter token (the public key)");
        }
        if (!received.equals(token)) {
            return Optional.of("Error invalid token: no seller has this public key");
        }
        String signature = params.get("signature");
        if (signature == null || signature.isEmpty()) {
            return Optional.of("Error missing parameter signature");
        }
        String timestamp = params.get("timestamp");
        if (timestamp == null || timestamp.isEmpty()) {
            return Optional.of("Error missing parameter timestamp (Mexico City time, YYYY-MM-DDTHH:mm:ss)");
        }
        String version = params.get("version");
        if (version == null || version.isEmpty()) {
            return Optional.of("Error missing parameter version (1.0)");
        }
        if (!version.equals(MarketSyncSigner.VERSION)) {
            return Optional.of("Error unsupported version '" + version + "', use 1.0");
        }
        Map<String, String> signed = new HashMap<>(params);
        signed.remove("signature");
        if (!signer.verify(signed, signature)) {
            return Optional.of("Error invalid signature: it does not match the parameters (sorted, form-encoded, "
                    + "HMAC-SHA256 with the private key, lower-case hex)");
        }
        return timestampProblem(timestamp);
    }

    private Optional<String> timestampProblem(String timestamp) {
        LocalDateTime sent;
        try {
            sent = LocalDateTime.parse(timestamp, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            return Optional.of("Error invalid timestamp '" + timestamp
                    + "': expected YYYY-MM-DDTHH:mm:ss[.ffffff], Mexico City time");
        }
        LocalDateTime now = MexicoCityTime.of(clock.instant());
        Duration skew = Duration.between(sent, now).abs();
        if (skew.compareTo(maxSkew) > 0) {
            return Optional.of("Error stale timestamp " + timestamp + ": it is " + skew.toMinutes()
                    + " minutes away from the server time in Mexico City (" + now.withNano(0)
                    + "); at most " + maxSkew.toMinutes() + " minutes are allowed");
        }
        return Optional.empty();
    }
}
