package io.cloudsync.hub.http;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries for a single call made outside a route (a route has its own error handler): only failures worth
 * retrying ({@link Retryable#isTransient}), exponential backoff, and a {@code Retry-After} honoured when it asks
 * for longer, never beyond {@code maxDelay}.
 */
public final class CallRetry {

    private final Retry retry;

    public CallRetry(String name, int maxRetries, Duration initialDelay, Duration maxDelay) {
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            long backoff = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(20, attempt - 1));
            long asked = outcome.isLeft() ? Retryable.retryAfter(outcome.getLeft()).map(Duration::toMillis).orElse(0L)
                    : 0L;
            return Math.max(backoff, Math.min(asked, maxDelay.toMillis()));
        };
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxRetries + 1)
                .intervalBiFunction(interval)
                .retryOnException(Retryable::isTransient)
                .build());
    }

    public <T> T call(Supplier<T> call) {
        return retry.executeSupplier(call);
    }
}
