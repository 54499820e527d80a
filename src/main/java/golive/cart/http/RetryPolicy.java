package golive.cart.http;

import java.time.Duration;

/**
 * How often and how patiently {@link CartHttp} retries: capped exponential backoff
 * ({@code firstDelay}, doubled per retry, at most {@code maxDelay}) for 5xx, timeouts, resets
 * and unreadable bodies; a 429's {@code Retry-After} is honoured up to {@code maxRetryAfter}.
 * Immutable.
 *
 * @param maxAttempts attempts in all, the first included (1 = never retry)
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delays must be positive and firstDelay <= maxDelay");
        }
    }

    /** The same shape with tiny delays, for tests and rehearsals. */
    public static RetryPolicy fast(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(8), Duration.ofMillis(50));
    }

    /** The wait before retry number {@code retry} (1-based). */
    public Duration backoff(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long nanos = firstDelay.toNanos();
        long scaled = nanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : nanos << shift;
        return Duration.ofNanos(Math.min(scaled, maxDelay.toNanos()));
    }

    /** A 429's wait: the cart's figure, capped; our own backoff when it gave none. */
    public Duration retryAfter(Duration cartSays, int retry) {
        if (cartSays == null) {
            return backoff(retry);
        }
        return cartSays.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : cartSays;
    }
}
