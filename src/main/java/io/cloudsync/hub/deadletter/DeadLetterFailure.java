package io.cloudsync.hub.deadletter;

import io.cloudsync.hub.mirror.ContentHash;
import java.util.Map;

/**
 * A message that could not be delivered, as the error handler hands it over (secrets may still be in it:
 * {@link DeadLetterRepository} redacts before storing). {@code messageKey} identifies the message within its
 * sink (a SKU, an order id); without one, the body's hash does. {@code attempts} counts deliveries tried.
 */
public record DeadLetterFailure(
        String routeId,
        String sink,
        String messageKey,
        String endpointUri,
        String failedEndpointUri,
        String body,
        Map<String, String> headers,
        String errorClass,
        String errorMessage,
        int attempts) {

    private static final int MAX_KEY_LENGTH = 255;

    public DeadLetterFailure {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        attempts = Math.max(1, attempts);
    }

    /** The same message failing again has the same key: its row is updated instead of a new one added. */
    public String dedupeKey() {
        String scope = sink != null && !sink.isBlank() ? "sink:" + sink : "route:" + routeId;
        String message = messageKey != null && !messageKey.isBlank() ? "key:" + messageKey
                : "body:" + ContentHash.of(body == null ? "" : body);
        String key = scope + "|" + message;
        return key.length() <= MAX_KEY_LENGTH ? key : "sha256:" + ContentHash.of(key);
    }
}
