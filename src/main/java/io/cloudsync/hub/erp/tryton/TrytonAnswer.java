package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.http.Retryable;
import java.util.Set;

/**
 * Reads Tryton's answer to one JSON-RPC call: the {@code result}, or a {@link TrytonException} saying what went
 * wrong and whether a retry can help. Tryton answers errors with HTTP 200 and {@code "error": [name, args]}: a
 * {@code UserError}'s args are its message and description.
 */
public final class TrytonAnswer {

    private static final Set<String> TRANSIENT_ERRORS = Set.of("ConcurrencyException", "DatabaseOperationalError",
            "OperationalError", "TooManyRequests", "RateLimitException");

    private TrytonAnswer() {
    }

    public static JsonNode result(TrytonCall call, int status, String body, ObjectMapper mapper) {
        if (status == 401) {
            throw new TrytonException(TrytonException.Kind.SESSION, call + ": Tryton answered 401 (session unknown"
                    + " or expired)");
        }
        if (status == 403) {
            throw new TrytonException(TrytonException.Kind.REFUSED, call + ": Tryton answered 403 (the method cannot"
                    + " be called over JSON-RPC)");
        }
        if (Retryable.isTransientStatus(status)) {
            throw new TrytonException(TrytonException.Kind.UNAVAILABLE, call + ": Tryton answered " + status);
        }
        JsonNode answer;
        try {
            answer = mapper.readTree(body == null ? "" : body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TrytonException(status >= 400 ? TrytonException.Kind.REFUSED : TrytonException.Kind.UNAVAILABLE,
                    call + ": Tryton answered " + status + " with no JSON-RPC answer");
        }
        if (status >= 400) {
            throw new TrytonException(TrytonException.Kind.REFUSED, call + ": Tryton answered " + status);
        }
        JsonNode error = answer == null ? null : answer.get("error");
        if (error != null && !error.isNull()) {
            throw failure(call, error);
        }
        if (answer == null || !answer.has("result")) {
            throw new TrytonException(TrytonException.Kind.UNAVAILABLE, call + ": Tryton's answer has no result");
        }
        return answer.get("result");
    }

    private static TrytonException failure(TrytonCall call, JsonNode error) {
        String name = error.isArray() && error.size() > 0 ? error.get(0).asText() : error.asText();
        JsonNode args = error.isArray() && error.size() > 1 ? error.get(1) : null;
        StringBuilder text = new StringBuilder(call.toString()).append(": Tryton refused it: ").append(name);
        if (args != null && args.isArray()) {
            for (int i = 0; i < Math.min(2, args.size()); i++) {
                if (args.get(i).isTextual() && !args.get(i).asText().isBlank()) {
                    text.append(i == 0 ? ": " : " — ").append(args.get(i).asText().strip());
                }
            }
        }
        boolean transientError = TRANSIENT_ERRORS.stream().anyMatch(name::contains)
                || name.contains("database is locked");
        String message = text.length() > 600 ? text.substring(0, 600) + "…" : text.toString();
        return new TrytonException(transientError ? TrytonException.Kind.UNAVAILABLE : TrytonException.Kind.REFUSED,
                message);
    }
}
