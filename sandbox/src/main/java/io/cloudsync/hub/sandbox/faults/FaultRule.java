package io.cloudsync.hub.sandbox.faults;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Set;

/**
 * What a simulator does wrong on purpose for one resource (or {@code "*"} for all). Shares are between 0 and 1
 * and are drawn in this order: drop the connection, answer 429, answer 5xx, send a malformed body, serve the
 * request and then drop the connection, serve it and then answer 5xx.
 *
 * @param latencyMs             added before every answer
 * @param errorRate             share of requests answered with {@code errorStatus} (5xx)
 * @param errorStatus           the status used for injected errors (500, 502, 503…)
 * @param throttleRate          share of requests answered 429 with {@code Retry-After}
 * @param retryAfterSeconds     the {@code Retry-After} value sent with 429
 * @param malformedRate         share of requests answered 200 with a truncated JSON body
 * @param dropRate              share of requests whose connection is closed without an answer
 * @param alwaysFail            every request to the resource answers 500 (a broken override in a real shop)
 * @param dropAfterCommitRate   share of requests served (a write is committed) whose answer is then lost: the
 *                              connection is closed instead (MarketSync sandbox)
 * @param errorAfterCommitRate  share of requests served whose answer is then replaced by {@code errorStatus}
 *                              (MarketSync sandbox)
 * @param malformedIds          records whose JSON is broken in every answer that holds them (store sandbox, JSON
 *                              answers): a poison record, the same on every read
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FaultRule(int latencyMs, double errorRate, int errorStatus, double throttleRate, int retryAfterSeconds,
                        double malformedRate, double dropRate, boolean alwaysFail, double dropAfterCommitRate,
                        double errorAfterCommitRate, Set<Long> malformedIds) {

    @JsonCreator
    public FaultRule {
        requireShare("errorRate", errorRate);
        requireShare("throttleRate", throttleRate);
        requireShare("malformedRate", malformedRate);
        requireShare("dropRate", dropRate);
        requireShare("dropAfterCommitRate", dropAfterCommitRate);
        requireShare("errorAfterCommitRate", errorAfterCommitRate);
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must be >= 0");
        }
        if (errorStatus == 0) {
            errorStatus = 500;
        }
        if (errorStatus < 500 || errorStatus > 599) {
            throw new IllegalArgumentException("errorStatus must be a 5xx status, got " + errorStatus);
        }
        if (retryAfterSeconds <= 0) {
            retryAfterSeconds = 1;
        }
        malformedIds = malformedIds == null ? Set.of() : Set.copyOf(malformedIds);
    }

    /** The faults every simulator knows, without the after-commit ones or poison records. */
    public FaultRule(int latencyMs, double errorRate, int errorStatus, double throttleRate, int retryAfterSeconds,
                     double malformedRate, double dropRate, boolean alwaysFail) {
        this(latencyMs, errorRate, errorStatus, throttleRate, retryAfterSeconds, malformedRate, dropRate, alwaysFail,
                0, 0, Set.of());
    }

    public static FaultRule latency(int millis) {
        return new FaultRule(millis, 0, 500, 0, 1, 0, 0, false);
    }

    public static FaultRule failing() {
        return new FaultRule(0, 0, 500, 0, 1, 0, 0, true);
    }

    public static FaultRule errors(double share, int status) {
        return new FaultRule(0, share, status, 0, 1, 0, 0, false);
    }

    public static FaultRule throttled(double share, int retryAfterSeconds) {
        return new FaultRule(0, 0, 500, share, retryAfterSeconds, 0, 0, false);
    }

    public static FaultRule malformed(double share) {
        return new FaultRule(0, 0, 500, 0, 1, share, 0, false);
    }

    public static FaultRule dropped(double share) {
        return new FaultRule(0, 0, 500, 0, 1, 0, share, false);
    }

    /** Serves the share of requests given, then loses the answer: half dropped connections, half 5xx. */
    public static FaultRule lostAfterCommit(double share) {
        return new FaultRule(0, 0, 502, 0, 1, 0, 0, false, share / 2, share / 2, Set.of());
    }

    /** Breaks the JSON of the given records in every answer that holds them. */
    public static FaultRule poisoned(List<Long> ids) {
        return new FaultRule(0, 0, 500, 0, 1, 0, 0, false, 0, 0, Set.copyOf(ids));
    }

    private static void requireShare(String name, double value) {
        if (value < 0 || value > 1 || Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
